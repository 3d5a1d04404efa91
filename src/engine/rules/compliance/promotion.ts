import type { RuleContext } from '../../context.js';
import { hasConnection } from './connection.js';

/** Selling: booking, offers, codes, prices, joining a paid program. */
const SELLING =
  /\b(?:book (?:now|your|a|today|online)|call (?:us|our|today|now)|limited (?:spots|time|offer|availability)|free consult\w*|schedule (?:your|a) (?:free )?(?:consult\w*|appointment)|dm me|link in (?:my )?bio|use (?:my )?code|\d+% off|sign up|join (?:the|our|my) (?:next|program|group)|order (?:now|yours|today)|shop now|grab yours|special offer|introductory (?:price|offer))\b|\$\d+/;

const cache = new WeakMap<RuleContext['folded'], boolean>();

/** Whether the draft promotes a product, a paid program or the practice's own services. */
export function isPromotional(ctx: RuleContext): boolean {
  let hit = cache.get(ctx.folded);
  if (hit === undefined) {
    hit = SELLING.test(ctx.folded.lower) || hasConnection(ctx);
    cache.set(ctx.folded, hit);
  }
  return hit;
}
