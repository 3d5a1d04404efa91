import { perDraft, type RuleContext } from '../../context.js';
import { hasConnection } from './connection.js';
import { gate, gatedTest } from './gate.js';
import { isWordCode } from '../../text/spans.js';

/** Selling: booking, offers, codes, prices, joining a paid program. Prices are checked apart (sellsAtPrice). */
const SELLING = gate(
  /\b(?:book (?:now|your|a|today|online)|call (?:us|our|today|now)|limited (?:spots|time|offer|availability)|free consult\w*|schedule (?:your|a) (?:free )?(?:consult\w*|appointment)|dm me|link in (?:my )?bio|use (?:my )?code|sign up|join (?:the|our|my) (?:next|program|group)|order (?:now|yours|today)|shop now|grab yours|special offer|introductory (?:price|offer))\b/,
  ['book', 'call', 'limited', 'free', 'schedule', 'dm', 'link', 'use', 'sign', 'join', 'order', 'shop', 'grab', 'special', 'introductory'], 0,
);

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A price: "$49" anywhere, or a whole number before "% off" ("20% off", not "a20% off"), as
 * /\$\d+|\b\d+% off\b/ would find, by looking only where "$" or "% off" occurs.
 */
function sellsAtPrice(lower: string): boolean {
  for (let i = lower.indexOf('$'); i !== -1; i = lower.indexOf('$', i + 1)) if (isDigit(lower.charCodeAt(i + 1))) return true;
  for (let i = lower.indexOf('% off'); i !== -1; i = lower.indexOf('% off', i + 1)) {
    if (isWordCode(lower.charCodeAt(i + 5))) continue;
    let s = i;
    while (s > 0 && isDigit(lower.charCodeAt(s - 1))) s--;
    if (s < i && (s === 0 || !isWordCode(lower.charCodeAt(s - 1)))) return true;
  }
  return false;
}

/** Whether the draft promotes a product, a paid program or the practice's own services. */
export const isPromotional: (ctx: RuleContext) => boolean = perDraft((ctx) => {
  const { lower } = ctx.folded;
  return sellsAtPrice(lower) || gatedTest(SELLING, lower) || hasConnection(ctx);
});
