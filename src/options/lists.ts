/** One entry a line in a text box ↔ a list of strings. */
export const linesToList = (text: string): string[] => text.split('\n').map((s) => s.trim()).filter(Boolean);
export const listToLines = (list: readonly string[]): string => list.join('\n');
