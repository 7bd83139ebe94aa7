import { signClientAddress } from '@packyourbag/service-kit/client-address';

/**
 * The CLIENT_ADDRESS_SECRET of every stack the scenarios start (global setup and the files with a
 * stack of their own): scenarios forward a caller's address to the router the way the web server
 * does, with a proof (decision 0713), so each anonymous caller gets a rate-limit bucket and a
 * sign-in throttle of its own.
 */
export const E2E_CLIENT_ADDRESS_SECRET = 'e2e-client-address-secret-of-at-least-32-chars';

/**
 * An address of its own for each caller a scenario makes up, so no scenario spends another's
 * rate-limit bucket or sign-in throttle: from 198.18.0.0/15, the range set aside for benchmarks,
 * which no real client has. Auth throttles per /24, so the third octet varies across 512 values.
 */
export const randomClientIp = () => `198.${18 + randomBelow(2)}.${randomBelow(256)}.${1 + randomBelow(254)}`;

const randomBelow = (n: number) => Math.floor(Math.random() * n);

export interface ForwardOptions {
  method?: string;
  /** The request URL's query string with its `?`, or ''. */
  search?: string;
  /** @default E2E_CLIENT_ADDRESS_SECRET */
  secret?: string;
  /** @default Date.now() */
  nowMs?: number;
}

/** Headers that forward `address` as the web server would: `x-forwarded-for` and its proof. */
export function forwardedFrom(
  address: string,
  body: string,
  options: ForwardOptions = {},
): Record<string, string> {
  const proof = signClientAddress(
    options.secret ?? E2E_CLIENT_ADDRESS_SECRET,
    { address, method: options.method ?? 'POST', search: options.search ?? '', body },
    options.nowMs,
  );
  return { 'x-forwarded-for': address, ...proof };
}
