import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, isPlatform, type Finding, type Report } from '../engine/index.js';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args.js';
import { formatText } from './format-text.js';

export const EXIT = { clean: 0, warn: 1, block: 2, usage: 64, input: 65 } as const;

class InputError extends Error {}

function exitFor(findings: readonly Finding[]): number {
  if (findings.some((f) => f.severity === 'block')) return EXIT.block;
  if (findings.some((f) => f.severity === 'warn')) return EXIT.warn;
  return EXIT.clean;
}

function readDraft(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

function checkDrafts(args: CheckArgs, out: (s: string) => void): number {
  const files = args.files.length ? args.files : ['-'];
  let worst = 0;
  for (const file of files) {
    const text = readDraft(file);
    const report: Report = analyze(text, { platform: args.platform });
    worst = Math.max(worst, exitFor(report.findings));
    if (args.format === 'json') out(JSON.stringify(files.length > 1 ? { file, ...report } : report, null, files.length > 1 ? 0 : 2));
    else out(formatText(file === '-' ? 'stdin' : file, text, report));
  }
  return worst;
}

interface JsonlDraft { id: string; text: string; platform?: string }

function parseLine(line: string, n: number): JsonlDraft {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`line ${n}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`line ${n}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string') throw new InputError(`line ${n}: "id" must be a string`);
  if (typeof o.text !== 'string') throw new InputError(`line ${n}: "text" must be a string`);
  if (o.platform !== undefined && !isPlatform(o.platform)) throw new InputError(`line ${n}: unknown platform ${JSON.stringify(o.platform)}`);
  return { id: o.id, text: o.text, ...(typeof o.platform === 'string' ? { platform: o.platform } : {}) };
}

async function checkJsonl(args: CheckArgs, out: (s: string) => void): Promise<number> {
  const file = args.files[0] ?? '-';
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    stream.once('open', () => resolve());
    stream.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(`cannot read ${file}: ${e.code ?? 'error'}`)));
  });
  await opened;
  let worst = 0;
  let n = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (!raw.trim()) continue;
    const draft = parseLine(raw, n);
    const platform = draft.platform !== undefined && isPlatform(draft.platform) ? draft.platform : args.platform;
    const report = analyze(draft.text, { platform });
    worst = Math.max(worst, exitFor(report.findings));
    out(JSON.stringify({ id: draft.id, findings: report.findings }));
  }
  return worst;
}

export async function main(argv: readonly string[]): Promise<number> {
  const chunks: string[] = [];
  const out = (s: string) => {
    chunks.push(s);
    if (chunks.length >= 256) flush();
  };
  const flush = () => {
    if (chunks.length) process.stdout.write(`${chunks.join('\n')}\n`);
    chunks.length = 0;
  };
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const code = args.jsonl ? await checkJsonl(args, out) : checkDrafts(args, out);
    flush();
    return code;
  } catch (e) {
    flush();
    if (e instanceof UsageError) {
      process.stderr.write(`safepost: ${e.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      process.stderr.write(`safepost: ${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
}
