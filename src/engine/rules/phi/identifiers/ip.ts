import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { type Hit, MAX_ATTEMPTS, MAX_HITS, overlapIndex } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { nearby } from './sentences.js';
import { isValidIpv4, isValidIpv6 } from './validators.js';

const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/g;
const CIDR_AFTER = /^\/\d{1,3}\b/;
/** A quick test that a text could hold an IPv4 address at all. */
const IPV4_GATE = /\d\.\d{1,3}\.\d/;
const HEX_RUN_TO_COLON = /[0-9a-f]{0,4}:/iy;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Whether the text holds "::" or a hex digit, ':', up to four hex digits and ':' (the shape every IPv6
 * match has). Reading from each colon is cheaper than a pattern that starts at every hex letter.
 */
function mayHoldIpv6(text: string): boolean {
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    if (text.charCodeAt(at + 1) === 58) return true;
    if (at === 0 || !isHex(text.charCodeAt(at - 1))) continue;
    HEX_RUN_TO_COLON.lastIndex = at + 1;
    if (HEX_RUN_TO_COLON.test(text)) return true;
  }
  return false;
}

/** Hex groups joined by colons, '::' allowed; validated afterwards. Bounded so it cannot backtrack far. */
const IPV6 = /(?<![\w:.])(?:[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}|::(?:[0-9a-f]{1,4}:?){1,7})(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/gi;
/** A version, section, figure or step number is not an address. */
const NUMBERING_BEFORE = /(?:\bv|\bver\.?|\bversion|\brelease|\bbuild|\bsection|\bsec\.?|§|\bstep|\bchapter|\bch\.?|\bfigure|\bfig\.?|\btable|\bitem|\brule|\bclause|\bpart|\bappendix|\bICD(?:-?10)?|\bCPT)\s*$/i;
/** Words around a software version ("the Epic update 10.4.22.118"). */
const SOFTWARE_WORD = /\b(?:updated?|updates|upgraded?|patch(?:ed)?|firmware|software|release|build|version|install(?:ed)?|app)\b/i;
const NETWORK_WORD = /\b(?:IP|IPs|address(?:es)?|addr|logged|log-?ins?|logins?|server|network|host|router|VPN|wi-?fi|portal|traced|subnet|came\s+from|device)\b/i;

export function findIps(text: string): Hit[] {
  const v4: Hit[] = [];
  const v6: Hit[] = [];
  let attempts = 0;
  // exec loops on the module's regexes: matchAll would clone each regex on every call.
  IPV4.lastIndex = 0;
  for (let m = IPV4_GATE.test(text) ? IPV4.exec(text) : null; m !== null; m = IPV4.exec(text)) {
    if (v4.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    if (/[\w.]/.test(text[m.index - 1] ?? '')) continue;
    // "203.0.113.0/24" names a network block, not the address of someone's device.
    if (CIDR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (!isValidIpv4(m[0])) continue;
    if (NUMBERING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Outline numbers ("2.1.4.3") have only small parts; a real address in prose is named as one.
    const small = m[0].split('.').every((p) => Number(p) < 32);
    const around = nearby(text, m.index, m.index + m[0].length, 60);
    const networked = NETWORK_WORD.test(around);
    if (!networked && (small || SOFTWARE_WORD.test(around))) continue;
    v4.push({ start: m.index, end: m.index + m[0].length });
  }
  IPV4.lastIndex = 0;
  IPV6.lastIndex = 0;
  for (let m = mayHoldIpv6(text) ? IPV6.exec(text) : null; m !== null; m = IPV6.exec(text)) {
    if (v6.length >= MAX_HITS) break;
    const v = m[0];
    if (!isValidIpv6(v)) continue;
    // Mostly-digit colon runs are times or ratios ("12:30:45:00"); ask for a hex letter or a '::'.
    if (!v.includes('::') && !/[a-f]/i.test(v)) continue;
    if (v.split(':').filter(Boolean).length < 2) continue;
    if (CIDR_AFTER.test(text.slice(m.index + v.length, m.index + v.length + 4))) continue;
    v6.push({ start: m.index, end: m.index + v.length });
  }
  IPV6.lastIndex = 0;
  // An IPv4 tail of an IPv6 address is part of it, not a second address.
  const inV6 = overlapIndex(v6);
  return [...v6, ...v4.filter((h) => !inV6(h.start, h.end))];
}

export const ipRule: Rule = {
  id: 'phi.ip',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    return phiFindings(ctx, findIps(ctx.folded.text), {
      ruleId: 'phi.ip',
      phiType: 'IP',
      message: 'This IP address can be traced to a person or their home; remove it before posting.',
      neutral: 'one IP address',
      removeOnlyWhenDetached: true,
    });
  },
};
