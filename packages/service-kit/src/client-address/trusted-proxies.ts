import { BlockList, isIP } from 'node:net';
import { normaliseIpAddress } from './ip-address.js';

/** Whether a (normalised) peer address is one of the proxies the caller believes. */
export type IsTrustedProxy = (address: string) => boolean;

export class TrustedProxyEntryError extends Error {
  constructor(entry: string) {
    super(`"${entry}" is neither an IP address nor a CIDR range (e.g. 10.0.0.7, 10.0.0.0/8, fd00::/8).`);
    this.name = 'TrustedProxyEntryError';
  }
}

/**
 * Builds the check from a list of addresses and CIDR ranges (`10.0.0.7`, `10.0.0.0/8`, `fd00::/8`).
 * An empty list trusts nobody: every request's client is its socket peer.
 */
export function createTrustedProxies(entries: readonly string[]): IsTrustedProxy {
  const list = new BlockList();
  for (const entry of entries) {
    const [addressText = '', prefixText, extra] = entry.split('/');
    const address = normaliseIpAddress(addressText);
    if (address === undefined || extra !== undefined) throw new TrustedProxyEntryError(entry);
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, family);
      continue;
    }
    const prefix = Number(prefixText);
    const maxPrefix = family === 'ipv4' ? 32 : 128;
    if (!/^\d{1,3}$/.test(prefixText) || prefix > maxPrefix) throw new TrustedProxyEntryError(entry);
    list.addSubnet(address, prefix, family);
  }
  return (address) => {
    const normalised = normaliseIpAddress(address);
    if (normalised === undefined) return false;
    return list.check(normalised, isIP(normalised) === 4 ? 'ipv4' : 'ipv6');
  };
}
