/**
 * The engine figures taken inside Chromium (bench/browser-engine.ts loads this bundle into a page): the
 * same analyze() the extension's service worker runs, on the browser's own V8, beside redact-pii on the
 * same drafts. Bundled for the browser, so it holds no Node API.
 */
import { SyncCompositeRedactor } from 'redact-pii/lib/SyncCompositeRedactor.js';
import { engineCheckOn, latency, platformFor, throughput, type Latency, type Throughput } from './engine.js';

export interface EngineRow { chars: number; platform: string; safepost: Latency; redactPii: Latency }
export interface EnginePageFigures {
  crossOriginIsolated: boolean;
  rows: EngineRow[];
  corpus: { safepost: Throughput; redactPii: Throughput };
}

export interface EnginePageOptions {
  lengths: ReadonlyArray<{ chars: number; runs: number; redactRuns: number }>;
  warm?: { runs: number; ms: number };
  labelled: readonly string[];
  passes: number;
  warmCorpus?: { runs: number; ms: number };
}

const redactor = new SyncCompositeRedactor();
const redactCheck = (text: string) => { redactor.redact(text); };

function measure(options: EnginePageOptions): EnginePageFigures {
  const rows = options.lengths.map(({ chars, runs, redactRuns }) => {
    const platform = platformFor(chars);
    return {
      chars, platform,
      safepost: latency(engineCheckOn(platform), chars, runs, options.warm),
      redactPii: latency(redactCheck, chars, redactRuns, options.warm),
    };
  });
  const corpus = {
    safepost: throughput(engineCheckOn('generic'), options.labelled, options.passes, options.warmCorpus),
    redactPii: throughput(redactCheck, options.labelled, options.passes, options.warmCorpus),
  };
  return { crossOriginIsolated: globalThis.crossOriginIsolated, rows, corpus };
}

(globalThis as { safepostEngineBench?: typeof measure }).safepostEngineBench = measure;
