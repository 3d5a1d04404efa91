import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureBuild } from './harness/index.js';
import { FIREFOX_DIST, ROOT } from './harness/paths.js';

interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('web-ext lint', () => {
  it('finds no errors in dist/firefox, and no warnings beyond the bundled libraries\' innerHTML', async () => {
    ensureBuild();
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(process.execPath, [
        `${ROOT}node_modules/web-ext/bin/web-ext.js`, 'lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--no-config-discovery',
      ], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }));
    } catch (error) {
      // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout) throw error;
    }
    const report = JSON.parse(stdout) as LintReport;
    const describe = (list: LintReport['errors']) => list.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`);
    expect(describe(report.errors)).toEqual([]);
    // Our own source cannot assign innerHTML (eslint forbids it), so the only such assignments in the
    // bundle are Preact's renderer and DOMPurify's inert-document parser. Any other warning fails.
    const libraryInnerHtml = (w: LintReport['warnings'][number]) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message);
    expect(describe(report.warnings.filter((w) => !libraryInnerHtml(w)))).toEqual([]);
  });
});
