import { isIPv4, isIPv6 } from 'node:net';

/**
 * Keeps the network, drops the host: IPv4 to its /24 (`203.0.113.0`), IPv6 to its /48
 * (`2001:db8:abcd::`). Enough to recognise "my home network" in a session list, not a person.
 * Anything that is not an IP gives undefined.
 */
export function anonymiseIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped?.[1] ?? ip;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0`;
  if (!isIPv6(address)) return undefined;
  return `${expandIpv6(address).slice(0, 3).join(':')}::`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right].map((group) =>
    (parseInt(group, 16) || 0).toString(16),
  );
}
