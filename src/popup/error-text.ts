/** A caught value as one sentence for the page (messages never carry draft text). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
