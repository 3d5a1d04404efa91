import { describe, expect, it } from 'vitest';
import { isValidIpv4, isValidIpv6, isValidMbi, isValidSsn, isValidVin, luhnValid } from './validators.js';

describe('validators', () => {
  it('applies the SSA rules to SSNs', () => {
    expect(isValidSsn('412550913')).toBe(true);
    expect(isValidSsn('000550913')).toBe(false);
    expect(isValidSsn('666550913')).toBe(false);
    expect(isValidSsn('912550913')).toBe(false);
    expect(isValidSsn('412000913')).toBe(false);
    expect(isValidSsn('412550000')).toBe(false);
    expect(isValidSsn('41255091')).toBe(false);
  });

  it('checks the VIN check digit', () => {
    expect(isValidVin('1M8GDM9AXKP042788')).toBe(true);
    expect(isValidVin('1M8GDM9A1KP042788')).toBe(false);
    expect(isValidVin('1M8GDM9AXKP04278')).toBe(false);
    expect(isValidVin('1M8GDM9AXKP0427O8')).toBe(false);
  });

  it('checks the Medicare Beneficiary Identifier layout', () => {
    expect(isValidMbi('1EG4-TE5-MK73')).toBe(true);
    expect(isValidMbi('1EG4TE5MK73')).toBe(true);
    expect(isValidMbi('1SG4-TE5-MK73')).toBe(false);
    expect(isValidMbi('0EG4-TE5-MK73')).toBe(false);
    expect(isValidMbi('1EG4-TE5-MK7')).toBe(false);
  });

  it('computes Luhn', () => {
    expect(luhnValid('490154203237518')).toBe(true);
    expect(luhnValid('490154203237519')).toBe(false);
  });

  it('validates IPv4 octets', () => {
    expect(isValidIpv4('203.0.113.47')).toBe(true);
    expect(isValidIpv4('256.1.1.1')).toBe(false);
    expect(isValidIpv4('01.2.3.4')).toBe(false);
    expect(isValidIpv4('1.2.3')).toBe(false);
  });

  it('validates IPv6 full, compressed and mixed forms', () => {
    expect(isValidIpv6('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe(true);
    expect(isValidIpv6('2001:db8::1f')).toBe(true);
    expect(isValidIpv6('::1')).toBe(true);
    expect(isValidIpv6('::ffff:192.0.2.128')).toBe(true);
    expect(isValidIpv6('2001:db8::1::2')).toBe(false);
    expect(isValidIpv6('2001:db8:1:2:3:4:5')).toBe(false);
    expect(isValidIpv6('12345::1')).toBe(false);
    expect(isValidIpv6('2001:db8:1:2:3:4:5:6:7')).toBe(false);
  });
});
