import { finding, removeFix, replaceFix, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { eachMatch, gate, type Gate } from './gate.js';

interface Term {
  /** The pattern, with the words every match holds (see gate.ts). */
  gate: Gate;
  /** A neutral wording; undefined when the word should simply go. */
  neutral?: (match: string) => string;
  /** Insults that are only about a patient when the post is about care. */
  needsCareContext?: boolean;
}

const plural = (m: string, one: string, many: string) => (/s$/.test(m) ? many : one);

/** Words every demeaning term holds (a draft without any of them has none); asked once a term's words are there. */
const ANY_TERM = /fl[yi]er|seeker|gomer|mam+a|momma|dadd|moron|idiot|icks|wreck|imbecile|retard|lunatic|junkie|crackhead|dirtbag|scumbag|lowlife|intelligence|get a life|liar|joke|clown/;

const INSULTS = [
  'moron', 'morons', 'idiot', 'idiots', 'imbecile', 'imbeciles', 'retard', 'retards', 'lunatic', 'lunatics', 'junkies', 'junkie',
  'crackhead', 'crackheads', 'dirtbag', 'dirtbags', 'scumbag', 'scumbags', 'lowlife', 'lowlifes',
];

/** Demeaning words for patients (NCSBN; the Emory "icks" and Oakwood cases). */
const TERMS: readonly Term[] = [
  { gate: gate(/\bfrequent fl[yi]ers?\b/g, ['frequent'], 0), neutral: (m) => plural(m, 'patient who visits often', 'patients who visit often') },
  { gate: gate(/\bdrug[- ]seekers?\b/g, ['drug'], 0), neutral: (m) => plural(m, 'patient', 'patients') },
  { gate: gate(/\b(?:attention|pain) seekers?\b/g, ['seeker', 'seekers'], 10), neutral: (m) => plural(m, 'patient', 'patients') },
  { gate: gate(/\bgomers?\b/g, ['gomer', 'gomers'], 0), neutral: (m) => plural(m, 'patient', 'patients') },
  { gate: gate(/\bbaby (?:mama|momma)s?\b/g, ['baby'], 0), neutral: (m) => plural(m, 'mother', 'mothers') },
  { gate: gate(/\bbaby dadd(?:y|ies)\b/g, ['baby'], 0), neutral: (m) => (/ies$/.test(m) ? 'fathers' : 'father') },
  { gate: gate(/\bnon-?compliant (?:morons?|idiots?|jerks?)\b/g, ['compliant', 'noncompliant'], 4), neutral: (m) => plural(m, 'patient', 'patients') },
  { gate: gate(/\bicks\b/g, ['icks'], 0), neutral: () => 'pet peeves' },
  { gate: gate(/\btrain ?wrecks?\b/g, ['train', 'trainwreck', 'trainwrecks'], 0), needsCareContext: true },
  { gate: gate(/\b(?:morons?|idiots?|imbeciles?|retards?|lunatics?|junkies|junkie|crackheads?|dirtbags?|scumbags?|lowlifes?)\b/g, INSULTS, 0), needsCareContext: true },
  { gate: gate(/\blevel of intelligence\b|\bget a life\b|\byou(?:'re| are) (?:a |an )?(?:liar|joke|clown|idiot|moron)\b/g, ['intelligence', 'life', 'liar', 'joke', 'clown', 'idiot', 'moron'], 10), needsCareContext: true },
];

/** The post is about patients or care, so an insult in it is about a patient. */
const CARE_CONTEXT =
  /\b(?:patients?|pts?|bed \d+|room \d+|er|ed|clinic|ward|shift|admit\w*|triage|l&d|labou?r|visit|appointment|review\w*|came in|chart|nurse|icu|discharge\w*|dr\.)\b/;

/** The term is being discussed, not used: "no 'frequent flyer' jokes", "stop calling patients drug seekers". */
const META_BEFORE =
  /\b(?:no|not|never|nobody|no one|don't|do not|stop|avoid|retire|ban|banned|instead of|rather than|calling|call (?:patients|people|someone|them)|the (?:term|word|label|phrase)|so-called|words? like)\b/;
const META_AFTER = /^["'”’]?\s*(?:jokes?|labels?|is (?:a |an )?(?:slur|stigmati[sz]ing|demeaning|offensive)|are (?:slurs|stigmati[sz]ing|demeaning|offensive))\b/;

/** PRO-DISPARAGE: demeaning words for patients (warn; block when the post also identifies someone). */
export const disparagingRule: Rule = {
  id: 'professionalism',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    // Each term is tried only at its words; the rest is asked only once a term matches.
    let any: boolean | undefined;
    let care: boolean | undefined;
    const severity = ctx.phi.length > 0 ? 'block' : 'warn';
    const out: Finding[] = [];
    const taken: Array<[number, number]> = [];
    for (const t of TERMS) {
      eachMatch(t.gate, lower, (m) => {
        if (out.length >= 20) return false;
        // A match holding one of the words answers for the whole draft.
        any ??= ANY_TERM.test(m[0]) || ANY_TERM.test(lower);
        if (!any || (t.needsCareContext && !(care ??= CARE_CONTEXT.test(lower)))) return false;
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => s < end && start < e)) return;
        if (META_BEFORE.test(clauseBefore(lower, start, 40)) || META_AFTER.test(clauseAfter(lower, end, 30))) return;
        taken.push([start, end]);
        out.push(finding(ctx, {
          ruleId: 'professionalism.disparaging', category: 'professionalism', severity, start, end,
          message: 'This wording demeans patients; boards and employers treat it as unprofessional even when no one is named.',
          fixes: [t.neutral ? replaceFix(ctx, start, end, t.neutral(m[0])) : removeFix(ctx, start, end)],
        }));
      });
      if (any === false) return [];
    }
    return out;
  },
};

export const PORTAL_REDIRECT = 'please send that through the patient portal or call the office';

/** Inviting clinical details or images over social media instead of a channel of care. */
const BOUNDARY = gate(
  /\b(?:dm|message|text|email|e-mail|inbox|pm|send) me (?:your|a (?:pic|photo|picture|selfie)|pics|photos|pictures)\b[^.!?\n]{0,30}?\b(?:labs?|results|scans?|x-?rays?|mri|ct|photos?|pics?|pictures?|rash(?:es)?|moles?|lesions?|wounds?|symptoms|meds|medications|chart|records|bloodwork|numbers|a1c|readings|ekg|ecg|imaging|reports?)\b|\bsend me (?:a )?(?:pic|photo|picture|image|selfie)s? of (?:your|the|that|this) [a-z]+\b|\b(?:dm|message|pm) me for (?:a )?(?:diagnosis|consult\w*|prescriptions?|second opinion|medical advice|dosing)\b/g,
  ['me'], 8,
);

/** PRO-BOUNDARY: care over DMs ("DM me your labs", "send me a pic of the rash"). */
export const boundaryRule: Rule = {
  id: 'professionalism',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const out: Finding[] = [];
    eachMatch(BOUNDARY, lower, (m) => {
      if (out.length >= 10) return false;
      const start = m.index;
      const end = start + m[0].length;
      if (/\b(?:don't|do not|never|please don't|no)\s*$/.test(clauseBefore(lower, start, 20))) return;
      out.push(finding(ctx, {
        ruleId: 'professionalism.boundary', category: 'professionalism', severity: 'warn', start, end,
        message: 'Asking for clinical details over social media crosses the patient boundary; point people to the portal or the office.',
        fixes: [replaceFix(ctx, start, end, PORTAL_REDIRECT)],
      }));
    });
    return out;
  },
};
