import { WebConfigError } from '../lib/config/web-config.js';
import {
  createTrustedProxies,
  TrustedProxyEntryError,
  type IsTrustedProxy,
} from '@packyourbag/service-kit/client-address';

/** What the web server listens on and whom it believes; read once at start-up. */
export interface ServerOptions {
  /** @default 3000 (env PORT) */
  port: number;
  /** @default 127.0.0.1 (env HOST) */
  hostname: string;
  /** Next's development server (hot reload) instead of the production build. @default false (flag --dev) */
  dev: boolean;
  /**
   * The front proxies (TLS terminators, load balancers) whose `X-Forwarded-For` hops are believed:
   * comma-separated addresses or CIDR ranges. Nobody by default, so a client's own header is
   * replaced by its socket address.
   * @default [] (env WEB_TRUSTED_PROXIES)
   */
  trustedProxies: readonly string[];
  isTrustedProxy: IsTrustedProxy;
  /**
   * Send `Strict-Transport-Security` (and the policy's `upgrade-insecure-requests`), except to
   * plain http on a loopback host, which is how `npm start` and the tests reach the app.
   * @default true, false with --dev (env WEB_HSTS=on|off)
   */
  strictTransportSecurity: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readServerOptions(env: Env, args: readonly string[]): ServerOptions {
  const unknown = args.filter((arg) => arg !== '--dev');
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}; the only flag is --dev.`);
  const portText = env['PORT'] || '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new WebConfigError('PORT', `must be a port number (0-65535), got "${portText}".`);
  }
  const trustedProxies = (env['WEB_TRUSTED_PROXIES'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  let isTrustedProxy: IsTrustedProxy;
  try {
    isTrustedProxy = createTrustedProxies(trustedProxies);
  } catch (error) {
    if (error instanceof TrustedProxyEntryError)
      throw new WebConfigError('WEB_TRUSTED_PROXIES', error.message);
    throw error;
  }
  const dev = args.includes('--dev');
  const hsts = env['WEB_HSTS'] || (dev ? 'off' : 'on');
  if (hsts !== 'on' && hsts !== 'off')
    throw new WebConfigError('WEB_HSTS', `must be on or off, got "${hsts}".`);
  return {
    port,
    hostname: env['HOST'] || '127.0.0.1',
    dev,
    strictTransportSecurity: hsts === 'on',
    trustedProxies,
    isTrustedProxy,
  };
}
