import { describe, expect, it } from 'vitest';
import { fixFirst, spansOf } from './testing.js';

describe('IP addresses', () => {
  it.each([
    ['Every threat came from 198.51.100.23, the same as her portal login.', '198.51.100.23'],
    ['Portal logs show logins from 10.0.0.7 only.', '10.0.0.7'],
    ['Compliance traced the reviews to 2001:db8:4c1a:9a0::1f.', '2001:db8:4c1a:9a0::1f'],
    ['Full form 2001:0db8:85a3:0000:0000:8a2e:0370:7334 in the log.', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['The portal saw ::ffff:192.0.2.128 all night.', '::ffff:192.0.2.128'],
  ])('finds %j', (text, expected) => {
    expect(spansOf(text, 'IP')).toEqual([expected]);
  });

  it.each([
    'Updated to v1.2.3.4 of the EHR client last night.',
    'See section 2.1.4.3 of the policy and step 1.2.1.1.',
    'Version 10.4.22.118 fixed the printer bug.',
    'Octets over 255 like 300.1.2.3 are not addresses.',
    'Shift ran 07:30:00 to 19:30:00; ratio 1:1:2.',
    'In C++ we write std::vector and a::b::c.',
    'Lab values 4.5.6.7 make no sense anyway.',
    'Our VPN allows 203.0.113.0/24 and 2001:db8::/32 only.',
  ])('leaves %j alone', (text) => {
    expect(spansOf(text, 'IP')).toEqual([]);
  });

  it('removes an appositive address and redacts one inside a sentence', () => {
    expect(fixFirst('Her logins came from the same address, 198.51.100.23.', 'IP').fixed)
      .toBe('Her logins came from the same address.');
    expect(fixFirst('Her logins came from 198.51.100.23 every night.', 'IP').fixed)
      .toBe('Her logins came from one IP address every night.');
  });
});
