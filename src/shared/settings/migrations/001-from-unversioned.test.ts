import { describe, expect, it } from 'vitest';
import { migration001 } from './001-from-unversioned.js';
import { migrateSettings } from './index.js';
import { validateSettings } from '../validate.js';

describe('settings migration 1 (unversioned → versioned)', () => {
  it('carries the own name, the one disclaimer and switched-off sites into the new shape', () => {
    const out = migration001.up({
      ownName: ' Dr. Priya Raman ', disclaimer: 'Education only, not medical advice.',
      disabledSites: ['x.com', 'www.linkedin.com', 'example.org'], prefix: ';',
    });
    const { value, repaired } = validateSettings(out);
    expect(repaired).toEqual([]);
    expect(value.version).toBe(1);
    expect(value.engine.ownNames).toEqual(['Dr. Priya Raman']);
    expect(value.engine.disclaimers.generic).toEqual({ long: 'Education only, not medical advice.' });
    expect(value.disabledPlatforms).toEqual(['x', 'linkedin']);
    expect(value.snippetPrefix).toBe(';');
  });

  it('turns an empty unversioned object into valid defaults', () => {
    const { value, repaired } = validateSettings(migration001.up({}));
    expect(repaired).toEqual([]);
    expect(value.engine.ownNames).toEqual([]);
    expect(value.disabledPlatforms).toEqual([]);
  });

  it('is chosen for values without a version and skipped for version 1', () => {
    expect(migrateSettings({ ownName: 'A B' })).toMatchObject({ from: 0, to: 1 });
    const current = { version: 1, engine: { ownNames: ['X'] } };
    expect(migrateSettings(current)).toEqual({ value: current, from: 1, to: 1 });
  });
});
