import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { belongsToPerson } from './cues.js';
import { type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { nearby } from './sentences.js';
import { BARE_TLDS, isAuthorityHost, isPersonHost, isProfilePath, normaliseHost } from './url-hosts.js';

const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}`;
// The path stops at spaces, quotes and symbols past U+2000 (emoji, arrows), which end a link in a post.
const REST = String.raw`(?::\d{1,5})?(?:[/?#][^\s<>"\`\u2000-\uFFFF]{0,2000})?`;
/** A link with a scheme or "www.", or a bare host on a known top-level label followed by a path or not. */
const URL_AT = new RegExp(
  String.raw`(?:(?:https?:\/\/|www\.)${HOST}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}(?:${BARE_TLDS.join('|')})(?![\w-]|\.[a-z]))${REST}`,
  'iy',
);
/**
 * Places a link can be recognised from: a scheme's "://" or a dot before a known top-level label. Both
 * start with punctuation, so the scan skips ordinary words quickly; the full pattern runs only from the
 * start of the host each anchor belongs to.
 */
const ANCHOR = new RegExp(String.raw`:\/\/|\bwww\.|\.(?:${BARE_TLDS.join('|')})(?![a-z0-9-])`, 'gi');

function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Finds where the link holding each anchor starts (the host's first character, or its scheme). Anchors
 * come in text order; a walk back stops at the previous anchor and reuses its start when the host run
 * continues, so the walking stays linear however many anchors a long token holds.
 */
class LinkStarts {
  private lastAnchor = -1;
  private lastStart = -1;

  constructor(private readonly text: string) {}

  at(anchor: number, isScheme: boolean): number {
    const text = this.text;
    let s = anchor;
    const floor = Math.max(0, anchor - 260, this.lastAnchor + 1);
    if (isScheme) {
      while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
    } else {
      while (s > floor && isHostChar(text.charCodeAt(s - 1))) s--;
      if (s === floor && floor === this.lastAnchor + 1 && this.lastStart >= 0 && isHostChar(text.charCodeAt(s - 1))) {
        s = this.lastStart;
      } else if (text.slice(Math.max(0, s - 3), s) === '://') {
        s -= 3;
        while (s > 0 && anchor - s < 270 && isLetter(text.charCodeAt(s - 1))) s--;
      }
      // Leading dots or hyphens are punctuation before the host.
      while (s < anchor && (text[s] === '.' || text[s] === '-')) s++;
    }
    this.lastAnchor = anchor;
    this.lastStart = s;
    return s;
  }
}

/** Path words of pages about one person: obituaries, fundraisers, memorials, personal stories. */
const PERSON_PATH = /obituar|\/obits?\/|memorial|tribute|in-?memory|fundrais|donate|\/f\/|campaign|prayers?-for|help-[a-z]|support-[a-z]|\/about-[a-z]|\/my-story|our-story|journey|caringbridge|gofundme|celebration-of-life|funeral/i;
const NEWS = /(?:^|\.)(?:news|[a-z]*(?:tv|news|times|post|herald|tribune|journal|gazette|daily|chronicle|observer|courier|sentinel|press|star|record|register|dispatch|patch)[a-z]*|kare11|wcvb|ktla|abc\d*|nbc\d*|cbs\d*|fox\d*|wgn\w*|k[a-z]{2,3}\d*|w[a-z]{2,3}\d*)\.(?:com|org|net|tv)$/;
const NEWS_PATH = /\/(?:news|article|story|stories|local|metro|crime|community)\b/i;
/** Words that tie a news story to the author's care of someone in it. */
const INCIDENT_CARE = /\b(?:this|the)\s+story\b|\b(?:we|I)\s+(?:treated|cared\s+for|saw|admitted|operated)|\bour\s+(?:patient|ED|ER|unit|ICU|burn\s+unit|trauma\s+(?:team|bay)|team|floor)\b|\bmy\s+patient|\bthe\s+(?:patient|firefighter|officer|driver|victim|survivor|boy|girl|man|woman)\b/i;
/** Words that make a link a particular person's. */
const PERSON_LINK = /\b(?:patient|pt)'s\s+(?:blog|page|story|site|website|profile|channel|account|fundraiser|obituary|campaign|journey|memorial|videos?|book|podcast)\b|\bpatient\s+(?:who\s+)?(?:wrote|made|started|created|runs|set\s+up|shared|posted)\b|\b(?:his|her|their)\s+(?:blog|page|story|site|website|profile|channel|account|fundraiser|obituary|campaign|journey|memorial|gofundme|videos?)\b|\b(?:family|daughter|son|wife|husband|mom|dad|parents)\s+(?:set\s+up|started|created|shared|posted|wrote)\b|\bobituary\b|\bfundraiser\b|\bgofundme\b|\bin\s+memory\s+of\b/i;

interface Parsed {
  host: string;
  path: string;
}

function parse(url: string): Parsed | null {
  const m = /^(?:https?:\/\/)?([^/?#:]+)(?::\d+)?([/?#].*)?$/i.exec(url);
  if (!m) return null;
  return { host: normaliseHost(m[1] as string), path: m[2] ?? '' };
}

export function findUrls(text: string): Hit[] {
  const out: Hit[] = [];
  let covered = 0;
  const starts = new LinkStarts(text);
  // An exec loop on the module's regex: matchAll would clone it on every call.
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a !== null; a = ANCHOR.exec(text)) {
    if (a.index < covered) continue;
    const start = starts.at(a.index, a[0] === '://');
    if (start < covered) continue;
    // Glued to a word, an address or a path, this is the tail of something else.
    if (/[\w@.\-/]/.test(text[start - 1] ?? '')) continue;
    URL_AT.lastIndex = start;
    const m = URL_AT.exec(text);
    if (!m) continue;
    const raw = trimTrailing(m[0]);
    covered = start + m[0].length;
    // An '@' before the path is an e-mail address or credentials, not a page; after it, a profile handle.
    const pathStart = raw.search(/[/?#]/);
    if (raw.slice(0, pathStart === -1 ? raw.length : pathStart).includes('@')) continue;
    out.push({ start, end: start + raw.length });
  }
  ANCHOR.lastIndex = 0;
  return out;
}

const TRAILING_CHAR = /[.,;:!?'"\]}*]/;

/** Sentence punctuation after a link is not part of it; a closing bracket is, when the link opened one. */
function trimTrailing(url: string): string {
  let end = url.length;
  let opened = 0;
  let closed = 0;
  for (let i = 0; i < end; i++) {
    if (url[i] === '(') opened++;
    else if (url[i] === ')') closed++;
  }
  while (end > 0) {
    const c = url[end - 1] as string;
    if (TRAILING_CHAR.test(c)) end--;
    else if (c === ')' && closed > opened) {
      end--;
      closed--;
    } else break;
  }
  return url.slice(0, end);
}

/** Is this link about a particular person? Judged by host, path and the words around it. */
export function isPersonLink(ctx: RuleContext, hit: Hit): boolean {
  const text = ctx.folded.text;
  const parsed = parse(text.slice(hit.start, hit.end));
  if (!parsed) return false;
  const { host, path } = parsed;
  if (isAuthorityHost(host)) return false;
  if (ownSite(ctx, host)) return false;
  const line = nearby(text, hit.start, hit.end, 200);
  // A fundraiser or memorial page is a person's unless the words say it is the practice's own.
  if (isPersonHost(host) || PERSON_PATH.test(path)) return belongsToPerson(line);
  if (isProfilePath(host, path)) return belongsToPerson(line);
  if ((NEWS.test(host) || NEWS_PATH.test(path)) && INCIDENT_CARE.test(wider(text, hit))) return true;
  return PERSON_LINK.test(line);
}

/** The lines just before and after the link's own line, where "the firefighter in this story" usually sits. */
function wider(text: string, hit: Hit): string {
  const s = Math.max(0, hit.start - 240);
  const e = Math.min(text.length, hit.end + 240);
  return text.slice(s, hit.start) + ' ' + text.slice(hit.end, e);
}

function ownSite(ctx: RuleContext, host: string): boolean {
  for (const d of ctx.settings.practiceDetails) {
    const p = parse(d.trim());
    if (p && p.host.includes('.') && (host === p.host || host.endsWith(`.${p.host}`))) return true;
  }
  return false;
}

export const urlRule: Rule = {
  id: 'phi.url',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const hits: Hit[] = [];
    let attempts = 0;
    for (const h of findUrls(ctx.folded.text)) {
      if (hits.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
      if (isPersonLink(ctx, h)) hits.push(h);
    }
    return phiFindings(ctx, hits, {
      ruleId: 'phi.url',
      phiType: 'URL',
      severity: 'warn',
      message: 'This link leads to a page about a particular person (a fundraiser, obituary, news story or profile), which can identify the patient.',
      neutral: 'a link',
    });
  },
};
