import { finding, removeFix, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { sentenceAround } from './clauses.js';
import { hasConnection, mentionedConflicts } from './connection.js';
import { eachMatch, gate, gatedExec, gatedTest } from './gate.js';

/** Prescription brands most promoted to the public (a word boundary keeps "Botox" out of "botoxed"). */
const BRANDS: readonly string[] = [
  'ozempic', 'wegovy', 'rybelsus', 'mounjaro', 'zepbound', 'saxenda', 'victoza', 'trulicity', 'jardiance', 'farxiga',
  'januvia', 'humira', 'skyrizi', 'rinvoq', 'dupixent', 'otezla', 'stelara', 'taltz', 'cosentyx', 'eliquis', 'xarelto',
  'entresto', 'repatha', 'praluent', 'leqvio', 'nexletol', 'lipitor', 'crestor', 'botox', 'dysport', 'xeomin',
  'jeuveau', 'latisse', 'nurtec', 'ubrelvy', 'qulipta', 'aimovig', 'emgality', 'vyvanse', 'adderall', 'lexapro',
  'zoloft', 'wellbutrin', 'viagra', 'cialis', 'paxlovid', 'xofluza', 'biktarvy', 'descovy', 'truvada', 'prolia',
  'evenity', 'diclegis', 'addyi', 'vyleesi', 'qsymia', 'contrave', 'keytruda', 'opdivo', 'tepezza', 'vuity',
  'restasis', 'xiidra', 'linzess', 'trintellix', 'rexulti', 'vraylar', 'caplyta', 'auvelity', 'zurzuvae',
];
const RX_BRAND = new RegExp(`\\b(?:${BRANDS.join('|')})\\b`);
/** The same, run only from the first brand named: most drafts name none. */
const RX_BRAND_GATE = gate(RX_BRAND, BRANDS, 0);

const BENEFIT =
  /\b(?:works|worked|helps?|helped|reduces?|lowers?|improves?|treats?|prevents?|controls?|effective|relief|results|changed my|game[- ]changer|life[- ]changing|lost \d+|melts?|erases?|smooths?)\b/;
/** Fair balance: the serious risks and a pointer to the full prescribing information (21 CFR 202.1(e)(5)). */
const RISK_INFO =
  /\b(?:side effects?|risks?|boxed warning|warnings?|important safety information|isi|prescribing information|contraindicat\w+|not for everyone|may cause|adverse)\b/;
const OFF_LABEL = gate(
  /\boff-label\b|\balso (?:great|good|works?|helps?|amazing|perfect) (?:for|with) [a-z -]{2,30}|\bworks (?:great |wonders )?for (?:weight loss|anti-aging|sleep|anxiety|hair loss|wrinkles|energy)\b/g,
  ['off', 'also', 'works'], 0,
);

function paidContext(ctx: RuleContext): boolean {
  return hasConnection(ctx) || mentionedConflicts(ctx).length > 0;
}

/** RX-BALANCE: a paid post claims a prescription drug's benefit without its serious risks. */
export const fairBalanceRule: Rule = {
  id: 'claims',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const brand = gatedExec(RX_BRAND_GATE, lower);
    if (!brand || !BENEFIT.test(lower) || RISK_INFO.test(lower) || !paidContext(ctx)) return [];
    return [finding(ctx, {
      ruleId: 'claims.rx-balance', category: 'claims', severity: 'warn', start: brand.index,
      end: brand.index + brand[0].length,
      message: 'A paid post about a prescription drug must give its serious risks and point to the full prescribing information, or drop the benefit claim.',
    })];
  },
};

/** RX-OFFLABEL: a paid post suggests a prescription drug for a use beyond its label. */
export const offLabelRule: Rule = {
  id: 'claims',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower, text } = ctx.folded;
    if (!gatedTest(RX_BRAND_GATE, lower) || !paidContext(ctx)) return [];
    const out: Finding[] = [];
    eachMatch(OFF_LABEL, lower, (m) => {
      if (out.length >= 5) return false;
      const s = sentenceAround(text, m.index);
      if (!RX_BRAND.test(lower.slice(Math.max(0, s.start - 200), s.end))) return;
      out.push(finding(ctx, {
        ruleId: 'claims.rx-offlabel', category: 'claims', severity: 'warn', start: m.index, end: m.index + m[0].length,
        message: 'In a paid post, suggesting a prescription drug for an unapproved use is off-label promotion.',
        fixes: [removeFix(ctx, m.index, m.index + m[0].length)],
      }));
    });
    return out;
  },
};
