import type { Span } from '../../text/spans.js';
import { lazyScan } from '../../text/word-scan.js';
import { SPOKEN_TO } from './addressee.js';
import { SECOND_PERSON, THIRD_PERSON } from './care-cues.js';
import { INSULT, SOLICIT } from './conduct.js';

/**
 * The review-reply phrases, read in one pass over the words of the lower-cased text. Most drafts hold
 * none of them, and then nothing else of the family needs reading. Built on first use.
 */
const REPLY_SCAN = lazyScan(() => [SECOND_PERSON, THIRD_PERSON, INSULT, SOLICIT, SPOKEN_TO]);

export interface ReplyPhrases {
  /** Care confirmed to the person spoken to ("your visit"). */
  second: Span[];
  /** Care of a person described ("her knee scope"). */
  third: Span[];
  insults: Span[];
  solicitations: Span[];
  /** Words that turn to one reader ("if you're reading this"), all but the "anonymous" form. */
  spokenTo: Span[];
}

export function replyPhrases(lower: string): ReplyPhrases {
  const [second, third, insults, solicitations, spokenTo] = REPLY_SCAN.scan(lower) as [Span[], Span[], Span[], Span[], Span[]];
  return { second, third, insults, solicitations, spokenTo };
}
