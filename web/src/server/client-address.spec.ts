import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createTrustedProxies } from '@packyourbag/service-kit/client-address';
import { rewriteForwardingHeaders } from './client-address';

const nobody = createTrustedProxies([]);
const frontProxy = createTrustedProxies(['10.0.0.7', '10.0.1.0/24']);

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
