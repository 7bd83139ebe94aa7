import { isIP } from 'node:net';

/**
 * One spelling per address: an IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, what a dual-stack
 * socket reports for an IPv4 peer) becomes its IPv4 form, IPv6 is lower-cased. Anything that is not
 * an IP address gives undefined.
 */
export function normaliseIpAddress(text: string): string | undefined {
  const trimmed = text.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const address = mapped?.[1] ?? trimmed.toLowerCase();
  return isIP(address) === 0 ? undefined : address;
}
