import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { establishClientAddress, rewriteForwardingHeaders } from './client-address';
import { createTrustedProxies } from './trusted-proxies';

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

describe('rewriteForwardingHeaders', () => {
  const spoofed = (): IncomingHttpHeaders => ({
    host: 'web.example.test',
    'x-forwarded-for': '203.0.113.7',
    'x-real-ip': '203.0.113.8',
    forwarded: 'for=203.0.113.9;proto=https',
    'x-forwarded-host': 'evil.example.test',
    'x-forwarded-proto': 'https',
    'x-forwarded-port': '443',
    'user-agent': 'test',
  });

  it("replaces a direct client's forwarding headers: its socket address only, Next fills the rest", () => {
    const headers = spoofed();
    rewriteForwardingHeaders({ headers, socket: { remoteAddress: '127.0.0.1' } }, nobody);
    expect(headers).toEqual({
      host: 'web.example.test',
      'x-forwarded-for': '127.0.0.1',
      'user-agent': 'test',
    });
  });

  it("keeps a trusted proxy's host and protocol and forwards the one client address it vouched for", () => {
    const headers = { ...spoofed(), 'x-forwarded-for': '203.0.113.7, 198.51.100.20' };
    rewriteForwardingHeaders({ headers, socket: { remoteAddress: '10.0.0.7' } }, frontProxy);
    expect(headers).toEqual({
      host: 'web.example.test',
      'x-forwarded-for': '198.51.100.20',
      'x-forwarded-host': 'evil.example.test',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'user-agent': 'test',
    });
  });

  it('sets x-forwarded-for when the client sent none', () => {
    const headers: IncomingHttpHeaders = {};
    rewriteForwardingHeaders({ headers, socket: { remoteAddress: '::ffff:198.51.100.20' } }, nobody);
    expect(headers['x-forwarded-for']).toBe('198.51.100.20');
  });

  it('leaves no client-chosen address behind when the socket has none', () => {
    const headers = spoofed();
    rewriteForwardingHeaders({ headers, socket: { remoteAddress: undefined } }, frontProxy);
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
    expect(headers['forwarded']).toBeUndefined();
  });
});
