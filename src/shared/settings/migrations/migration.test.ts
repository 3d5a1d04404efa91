import { describe, expect, it } from 'vitest';
import { runMigrations, type Migration } from './migration.js';

const step = (to: number): Migration<number[]> => ({ to, description: `step ${to}`, up: (v) => [...v, to] });

describe('runMigrations', () => {
  it('runs the steps above the stored version, in order, whatever order they are listed in', () => {
    expect(runMigrations([], 1, [step(3), step(2), step(1)])).toEqual({ value: [2, 3], from: 1, to: 3 });
  });

  it('leaves a value written by a newer build untouched', () => {
    expect(runMigrations([9], 7, [step(1), step(2)])).toEqual({ value: [9], from: 7, to: 7 });
  });

  it('refuses a gap in the numbering instead of skipping a step', () => {
    expect(() => runMigrations([], 0, [step(1), step(3)])).toThrow(/Migration 3 cannot follow version 1/);
  });
});
