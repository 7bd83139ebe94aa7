import type { IncomingMessage } from 'node:http';

/**
 * The caller's IP address: the socket's peer, unless that peer is a trusted proxy (the web server
 * forwards browser calls from loopback), in which case the first `X-Forwarded-For` hop. Anyone
 * else's X-Forwarded-For is ignored: a client could otherwise pick its own rate-limit bucket.
 */
export function clientAddressOf(request: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!trustedProxies.has(peer)) return peer;
  const forwarded = request.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  const first = header?.split(',')[0]?.trim();
  return first && /^[0-9A-Fa-f.:]{2,45}$/.test(first) ? first : peer;
}
