/**
 * Styles for SafePost's UI as constructed style sheets: pages whose Content-Security-Policy forbids
 * inline `<style>` still style them. Where a browser refuses to adopt a sheet made in the extension's
 * world, an inline `<style>` element is the fallback.
 */
export function adoptStyles(tree: Document | ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
    return;
  } catch {
    // fall through to an inline style element
  }
  const doc = tree instanceof Document ? tree : tree.ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute('data-safepost', '');
  style.textContent = css;
  (tree instanceof Document ? tree.head ?? tree.documentElement : tree).append(style);
}
