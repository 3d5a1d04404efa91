/** Whether a snippet body holds HTML tags (plain text with "<" such as "3 < 5" does not). */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z!][^>]*>/i.test(text);
}
