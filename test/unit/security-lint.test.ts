import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's lint rules are part of its privacy and injection defences; this proves each one fires on
// the shape it forbids, at the paths where it applies, and stays quiet on the safe way to do the same.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

// Loading the project's config (typescript-eslint, globals) is the slow part: do it once, up front.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('', { filePath: `${root}src/shared/warm-up.ts` });
}, 60_000);

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`The snippet did not parse: ${fatal.message}`);
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'none');
}

const CONTENT = 'src/content/ui/probe.ts';
const VIEW = 'src/content/ui/probe.tsx';

describe('no HTML strings into the DOM', () => {
  const sinks: [string, string, string][] = [
    ['innerHTML', 'export function f(el: Element, s: string) { el.innerHTML = s; }', CONTENT],
    ['outerHTML', 'export function f(el: Element, s: string) { el.outerHTML = s; }', 'src/popup/probe.ts'],
    ['insertAdjacentHTML', "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'src/options/probe.ts'],
    ['createContextualFragment', 'export function f(r: Range, s: string) { return r.createContextualFragment(s); }', CONTENT],
    ['document.write', 'export function f(s: string) { document.write(s); }', 'src/background/probe.ts'],
    ['document.writeln', 'export function f(s: string) { document.writeln(s); }', CONTENT],
    ['dangerouslySetInnerHTML', 'export const V = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;', VIEW],
  ];
  it.each(sinks)('%s is an error in extension code', async (_name, code, path) => {
    expect(await ruleIds(code, path)).toContain('no-restricted-syntax');
  });

  it('text through textContent and JSX children passes', async () => {
    expect(await ruleIds('export function f(el: Element, s: string) { el.textContent = s; }', CONTENT)).toEqual([]);
    expect(await ruleIds('export const V = (p: { s: string }) => <div>{p.s}</div>;', VIEW)).toEqual([]);
  });
});

describe('no network', () => {
  const calls: [string, string][] = [
    ['fetch', "export const f = () => fetch('https://example.com');"],
    ['XMLHttpRequest', 'export const f = () => new XMLHttpRequest();'],
    ['WebSocket', "export const f = () => new WebSocket('wss://example.com');"],
    ['EventSource', "export const f = () => new EventSource('/events');"],
  ];
  it.each(calls)('%s is an error anywhere in src', async (_name, code) => {
    expect(await ruleIds(code, 'src/background/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds(code, 'src/engine/probe.ts')).toContain('no-restricted-globals');
  });

  it('navigator.sendBeacon is an error', async () => {
    expect(await ruleIds("export const f = (s: string) => navigator.sendBeacon('https://example.com', s);", CONTENT)).toContain('no-restricted-properties');
  });
});

describe('no console where drafts flow', () => {
  it.each(['src/engine/probe.ts', 'src/shared/probe.ts', CONTENT, 'src/background/probe.ts', 'src/popup/probe.ts', 'src/options/probe.ts'])(
    'console output is an error in %s', async (path) => {
      expect(await ruleIds('export function f(draft: string) { console.log(draft); }', path)).toContain('no-console');
      expect(await ruleIds('export function f(draft: string) { console.error(draft); }', path)).toContain('no-console');
    },
  );

  it('the command line may print (its output is the report the user asked for)', async () => {
    expect(await ruleIds('export function f(s: string) { console.log(s); }', 'src/cli/probe.ts')).toEqual([]);
  });
});

describe('dependency direction keeps the engine pure', () => {
  it('the engine may not import the extension API, the DOM side or Node', async () => {
    for (const source of ['webextension-polyfill', '../shared/browser.js', 'node:fs', 'dompurify']) {
      expect(await ruleIds(`import '${source}';`, 'src/engine/probe.ts'), source).toContain('no-restricted-imports');
    }
  });

  it('the content script may not pull in the engine itself', async () => {
    expect(await ruleIds("import { analyze } from '../engine/analyze.js'; export const a = analyze;", 'src/content/probe.ts')).toContain('no-restricted-imports');
  });
});

describe('no `any`', () => {
  it('an explicit any is an error', async () => {
    expect(await ruleIds('export function f(x: any) { return x; }', 'src/shared/probe.ts')).toContain('@typescript-eslint/no-explicit-any');
  });
});

describe('the engine builds objects without the slow spread', () => {
  const ENGINE = 'src/engine/probe.ts';
  it('a spread followed by more properties is an error in the engine', async () => {
    expect(await ruleIds("export const f = (s: { start: number; end: number }) => ({ ...s, text: '' });", ENGINE)).toContain('no-restricted-syntax');
  });

  it('spelled out, a plain copy, and the same spread outside the engine pass', async () => {
    expect(await ruleIds("export const f = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: '' });", ENGINE)).toEqual([]);
    expect(await ruleIds('export const f = (s: { start: number }) => ({ ...s });', ENGINE)).toEqual([]);
    expect(await ruleIds("export const f = (s: { start: number }) => ({ ...s, text: '' });", 'src/popup/probe.ts')).toEqual([]);
  });

  it('the HTML sinks stay errors in the engine too', async () => {
    expect(await ruleIds('export function f(el: Element, s: string) { el.innerHTML = s; }', ENGINE)).toContain('no-restricted-syntax');
  });
});
