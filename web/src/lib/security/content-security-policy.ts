/** What the policy of one response depends on. */
export interface ContentSecurityPolicyOptions {
  /** This response's script nonce: fresh random bytes, base64. */
  nonce: string;
  /**
   * Next's development server: React rebuilds server error stacks in the browser with `eval`, and
   * the dev overlay injects its own styles, so development adds `'unsafe-eval'` for scripts.
   * Production never does.
   * @default false
   */
  dev?: boolean;
  /**
   * Served over https (behind the TLS proxy): ask the browser to upgrade any http subresource.
   * Off for plain http on loopback, where it would break every request.
   * @default false
   */
  upgradeInsecureRequests?: boolean;
}

/**
 * The web app's Content-Security-Policy (decision 1012). Scripts run only with this response's
 * nonce, which Next puts on its own scripts and the layout on the theme pre-paint script;
 * 'strict-dynamic' lets those load the app's chunks. Everything else the app fetches is its own
 * origin: the pages, `/graphql`, `/api/session/*` and `/health/ready`.
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const { nonce, dev = false, upgradeInsecureRequests = false } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React renders style attributes (category colours) into the HTML; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

// Next's own reading (get-script-nonce-from-header): the first 'nonce-…' source of script-src.
const NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;

/** The script nonce in a policy, as Next reads it from the request's `content-security-policy`. */
export function nonceFromPolicy(policy: string | null | undefined): string | undefined {
  const scriptSrc = policy
    ?.split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '));
  for (const source of scriptSrc?.split(/\s+/).slice(1) ?? []) {
    const match = NONCE_SOURCE.exec(source);
    if (match) return match[1];
  }
  return undefined;
}
