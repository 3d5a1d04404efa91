import type { Finding, Platform, Report } from '../../engine/types.js';
import { expandSnippet, fieldsOf } from '../../shared/snippets/placeholders.js';
import type { Snippet } from '../../shared/snippets/schema.js';
import { markupToText } from '../../shared/snippets/plain-text.js';

export type Prepared =
  | { kind: 'fields'; fields: string[] }
  | { kind: 'ready'; text: string; cursor?: number }
  | { kind: 'flagged'; text: string; findings: Finding[] };

export interface PrepareDeps {
  platform: Platform;
  disclaimer: string;
  check(text: string, platform: Platform): Promise<Report>;
}

/** Categories that mean the filled-in text may identify a patient: insert only after the user agrees. */
const IDENTIFYING = new Set<Finding['category']>(['phi', 'reidentification', 'patient-confirmation']);

/**
 * Turns a snippet into the text to insert: asks for fields first if it has any, then fills the
 * placeholders and checks the result with the engine (through the worker).
 */
export async function prepareSnippet(snippet: Snippet, form: 'body' | 'short', answers: Record<string, string> | null, deps: PrepareDeps): Promise<Prepared> {
  const source = markupToText(form === 'short' && snippet.short ? snippet.short : snippet.body);
  const fields = fieldsOf(source);
  if (fields.length && !answers) return { kind: 'fields', fields };
  const expanded = expandSnippet(source, answers ?? {}, deps.disclaimer);
  const report = await deps.check(expanded.text, deps.platform);
  const findings = report.findings.filter((f) => IDENTIFYING.has(f.category));
  if (findings.length) return { kind: 'flagged', text: expanded.text, findings };
  return expanded.cursor === undefined ? { kind: 'ready', text: expanded.text } : { kind: 'ready', text: expanded.text, cursor: expanded.cursor };
}
