import type { Span } from '../../text/spans.js';
import { literalGate } from '../../text/literal-gates.js';
import { lazyScan } from '../../text/word-scan.js';
import { INSULT, SOLICIT } from './conduct.js';
import { firstOfAll } from './first-match.js';

/**
 * The phrases of a reply that do not depend on whom it speaks to, read in one pass over the words of
 * the lower-cased text. Built on first use.
 */
const REPLY_SCAN = lazyScan(() => [INSULT, ...SOLICIT]);

/** Words every solicitation holds: without one, the draft solicits nothing and its words need no walk. */
const SOLICIT_WORDS = literalGate('solicitation words', [
  'review', 'rating', '5-star', '5 star', 'five-star', 'five star', 'sue', 'legal action', 'file a ', 'report you', 'lawyer',
  'attorney', 'defamation', 'legal team', 'cease and desist',
], new RegExp(SOLICIT.map((re) => re.source).join('|')));

export interface ReplyPhrases {
  /** The first insult. */
  insult?: Span;
  /** The first solicitation of reviews or threat to a reviewer. */
  solicitation?: Span;
}

export function replyPhrases(lower: string): ReplyPhrases {
  const [insults, ...solicitations] = REPLY_SCAN.scan(lower) as [Span[], ...Span[][]];
  return { insult: insults[0], solicitation: firstOfAll(solicitations) };
}

/** The first solicitation, when only that is wanted. */
export function solicitation(lower: string): Span | undefined {
  return SOLICIT_WORDS.mayMatch(lower) ? replyPhrases(lower).solicitation : undefined;
}
