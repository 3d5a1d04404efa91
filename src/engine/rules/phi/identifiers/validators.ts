/** Structural checks that turn a number-shaped string into a plausible identifier. */

/** SSA rules: area not 000, 666 or 900–999; group not 00; serial not 0000. */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00') return false;
  return digits.slice(5) !== '0000';
}

const VIN_VALUE: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** ISO 3779 shape (no I, O, Q) with the North American check digit in position 9. */
export function isValidVin(vin: string): boolean {
  const v = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i] as string;
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : (VIN_VALUE[c] ?? 0);
    sum += value * (VIN_WEIGHT[i] as number);
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}

/**
 * Medicare Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N, letters without S L O I B Z.
 * Dashes (as printed on the card) are ignored.
 */
export function isValidMbi(value: string): boolean {
  const v = value.replace(/-/g, '').toUpperCase();
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(v);
}

/** Luhn mod-10 (IMEI, card-like numbers). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Dotted quad with each octet 0–255 and no leading zeros. */
export function isValidIpv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** RFC 4291 text forms: eight groups, or fewer around one '::'; an IPv4 tail counts as two groups. */
export function isValidIpv6(value: string): boolean {
  let v = value;
  let extra = 0;
  const lastColon = v.lastIndexOf(':');
  const tail = v.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isValidIpv4(tail)) return false;
    v = `${v.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const halves = v.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string): string[] | null => {
    if (h === '') return [];
    const g = h.split(':');
    return g.every((x) => /^[0-9a-f]{1,4}$/i.test(x)) ? g : null;
  };
  const left = groups(halves[0] as string);
  if (!left) return false;
  if (halves.length === 1) return left.length + extra === 8;
  const right = groups(halves[1] as string);
  if (!right) return false;
  return left.length + right.length + extra <= 7;
}
