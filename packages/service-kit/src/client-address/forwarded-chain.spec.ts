import { describe, expect, it } from 'vitest';
import { establishClientAddress } from './forwarded-chain.js';
import { createTrustedProxies } from './trusted-proxies.js';

const nobody = createTrustedProxies([]);
const frontProxy = createTrustedProxies(['10.0.0.7', '10.0.1.0/24']);

describe('establishClientAddress', () => {
  it("is the socket peer when the peer is not a trusted proxy, whatever the client's header says", () => {
    expect(establishClientAddress('198.51.100.20', '203.0.113.7', nobody)).toBe('198.51.100.20');
    expect(establishClientAddress('127.0.0.1', '203.0.113.7, 10.0.0.7', nobody)).toBe('127.0.0.1');
    expect(establishClientAddress('198.51.100.20', undefined, frontProxy)).toBe('198.51.100.20');
  });

  it('is the hop a trusted proxy added, never one further left that the client wrote itself', () => {
    // The proxy appends the address it saw to whatever the client sent.
    expect(establishClientAddress('10.0.0.7', '203.0.113.7, 198.51.100.20', frontProxy)).toBe(
      '198.51.100.20',
    );
    expect(establishClientAddress('10.0.0.7', ['203.0.113.7', '198.51.100.20'], frontProxy)).toBe(
      '198.51.100.20',
    );
  });

  it('walks past a chain of trusted proxies', () => {
    expect(establishClientAddress('10.0.0.7', '203.0.113.7, 198.51.100.20, 10.0.1.3', frontProxy)).toBe(
      '198.51.100.20',
    );
  });

  it('stays at the proxy when its header is missing, empty or not an address', () => {
    expect(establishClientAddress('10.0.0.7', undefined, frontProxy)).toBe('10.0.0.7');
    expect(establishClientAddress('10.0.0.7', ' , ', frontProxy)).toBe('10.0.0.7');
    expect(establishClientAddress('10.0.0.7', '203.0.113.7, evil', frontProxy)).toBe('10.0.0.7');
    expect(establishClientAddress('10.0.0.7', '10.0.1.3, 198.51.100.20:5555', frontProxy)).toBe('10.0.0.7');
  });

  it('takes the leftmost hop when every hop is a trusted proxy', () => {
    expect(establishClientAddress('10.0.0.7', '10.0.1.4, 10.0.1.3', frontProxy)).toBe('10.0.1.4');
  });

  it('spells IPv4-mapped peers and hops as IPv4', () => {
    expect(establishClientAddress('::ffff:198.51.100.20', '203.0.113.7', nobody)).toBe('198.51.100.20');
    expect(establishClientAddress('::ffff:10.0.0.7', '::FFFF:198.51.100.20', frontProxy)).toBe(
      '198.51.100.20',
    );
    expect(establishClientAddress('2001:DB8::5', undefined, nobody)).toBe('2001:db8::5');
  });

  it('is undefined without a peer address', () => {
    expect(establishClientAddress(undefined, '203.0.113.7', frontProxy)).toBeUndefined();
  });
});
