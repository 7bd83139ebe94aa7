import { normaliseIpAddress } from './ip-address.js';
import type { IsTrustedProxy } from './trusted-proxies.js';

/**
 * The client address behind configured network proxies: the socket peer, unless the peer is a
 * trusted proxy, in which case the `X-Forwarded-For` chain is walked from the right (the hop the
 * proxy itself added) past further trusted proxies to the first address nobody trusted has vouched
 * for. Hops left of that are the client's own words and are never read. A hop that is not an IP
 * address ends the walk at the proxy in front of it. Undefined only when the peer is no address.
 */
export function establishClientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  isTrustedProxy: IsTrustedProxy,
): string | undefined {
  let nearest = peer === undefined ? undefined : normaliseIpAddress(peer);
  if (nearest === undefined) return undefined;
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  while (isTrustedProxy(nearest)) {
    const hop = hops.pop();
    const address = hop === undefined ? undefined : normaliseIpAddress(hop);
    if (address === undefined) break;
    nearest = address;
  }
  return nearest;
}
