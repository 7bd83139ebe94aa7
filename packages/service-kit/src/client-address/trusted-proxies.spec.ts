import { describe, expect, it } from 'vitest';
import { createTrustedProxies, TrustedProxyEntryError } from './trusted-proxies.js';

describe('createTrustedProxies', () => {
  it('trusts nobody when the list is empty, loopback included', () => {
    const isTrusted = createTrustedProxies([]);
    expect(isTrusted('127.0.0.1')).toBe(false);
    expect(isTrusted('::1')).toBe(false);
  });

  it('matches single addresses, also in their IPv4-mapped IPv6 spelling', () => {
    const isTrusted = createTrustedProxies(['10.0.0.7', '2001:DB8::1']);
    expect(isTrusted('10.0.0.7')).toBe(true);
    expect(isTrusted('::ffff:10.0.0.7')).toBe(true);
    expect(isTrusted('2001:db8::1')).toBe(true);
    expect(isTrusted('10.0.0.8')).toBe(false);
    expect(isTrusted('2001:db8::2')).toBe(false);
  });

  it('matches CIDR ranges of both families', () => {
    const isTrusted = createTrustedProxies(['172.16.0.0/12', 'fd00::/8']);
    expect(isTrusted('172.31.255.254')).toBe(true);
    expect(isTrusted('172.32.0.1')).toBe(false);
    expect(isTrusted('fd12:3456::1')).toBe(true);
    expect(isTrusted('fe80::1')).toBe(false);
  });

  it('never trusts something that is not an address', () => {
    expect(createTrustedProxies(['0.0.0.0/0'])('unknown')).toBe(false);
  });

  it.each(['proxy.internal', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/x', ''])(
    'refuses the entry %j',
    (entry) => {
      expect(() => createTrustedProxies([entry])).toThrow(TrustedProxyEntryError);
    },
  );
});
