import starter from '../../../assets/snippets/starter.json';
import type { Snippet } from './schema.js';
import { checkSnippet } from './validate.js';

/** The starter education library, seeded into a fresh install; each entry is checked like any other. */
export function starterSnippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const [i, raw] of (starter as unknown[]).entries()) {
    const checked = checkSnippet({ ...(raw as object), origin: 'starter', updatedAt: 0 }, `Starter snippet ${i + 1}`);
    if (checked.ok) out.push(checked.value);
  }
  return out;
}
