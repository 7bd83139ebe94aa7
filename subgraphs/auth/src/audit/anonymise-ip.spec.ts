import { describe, expect, it } from 'vitest';
import { anonymiseIp } from './anonymise-ip.js';

describe('anonymiseIp', () => {
  it('keeps the /24 of an IPv4 address', () => {
    expect(anonymiseIp('203.0.113.77')).toBe('203.0.113.0');
    expect(anonymiseIp('::ffff:198.51.100.9')).toBe('198.51.100.0');
  });

  it('keeps the /48 of an IPv6 address, however it is written', () => {
    expect(anonymiseIp('2001:db8:abcd:12:34::1')).toBe('2001:db8:abcd::');
    expect(anonymiseIp('2001:0DB8:ABCD:0012:0000:0000:0000:0001')).toBe('2001:db8:abcd::');
    expect(anonymiseIp('2001:db8::1')).toBe('2001:db8:0::');
    expect(anonymiseIp('::1')).toBe('0:0:0::');
  });

  it('gives undefined for anything that is not an IP', () => {
    expect(anonymiseIp(undefined)).toBeUndefined();
    expect(anonymiseIp('')).toBeUndefined();
    expect(anonymiseIp('example.org')).toBeUndefined();
    expect(anonymiseIp('300.1.1.1')).toBeUndefined();
  });
});
