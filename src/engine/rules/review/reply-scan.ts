import type { Span } from '../../text/spans.js';
import { lazyScan } from '../../text/word-scan.js';
import { SPOKEN_TO } from './addressee.js';
import { INSULT, SOLICIT } from './conduct.js';
import { firstOfAll } from './first-match.js';

/**
 * The phrases of a reply that do not depend on whom it speaks to, read in one pass over the words of
 * the lower-cased text. Built on first use.
 */
const REPLY_SCAN = lazyScan(() => [INSULT, SPOKEN_TO, ...SOLICIT]);

export interface ReplyPhrases {
  /** The first insult. */
  insult?: Span;
  /** The first solicitation of reviews or threat to a reviewer. */
  solicitation?: Span;
  /** Words that turn to one reader ("if you're reading this"), all but the "anonymous" form. */
  spokenTo: Span[];
}

export function replyPhrases(lower: string): ReplyPhrases {
  const [insults, spokenTo, ...solicitations] = REPLY_SCAN.scan(lower) as [Span[], Span[], ...Span[][]];
  return { insult: insults[0], solicitation: firstOfAll(solicitations), spokenTo };
}
