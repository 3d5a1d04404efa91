// Content-script entry (placeholder until the content script lands).
