import { describe, expect, it } from 'vitest';
import schema from '../../../assets/managed-schema.json';
import { POLICY_KEYS } from './schema.js';

type Node = Record<string, unknown>;

/** Chrome refuses to load an extension whose managed schema breaks these rules. */
function chromeProblems(node: Node, path: string): string[] {
  const problems: string[] = [];
  const hasType = typeof node.type === 'string';
  if (hasType === (typeof node.$ref === 'string')) problems.push(`${path}: needs exactly one of "type" or "$ref"`);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) problems.push(...chromeProblems(child, `${path}.${key}`));
  if (node.items) problems.push(...chromeProblems(node.items as Node, `${path}[]`));
  if (typeof node.additionalProperties === 'object') problems.push(...chromeProblems(node.additionalProperties as Node, `${path}.*`));
  return problems;
}

describe('managed policy schema', () => {
  it('is valid for Chrome: a top-level object and exactly one type everywhere', () => {
    expect(schema.type).toBe('object');
    expect('additionalProperties' in schema).toBe(false);
    expect(chromeProblems(schema as Node, 'schema')).toEqual([]);
  });

  it('describes exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});
