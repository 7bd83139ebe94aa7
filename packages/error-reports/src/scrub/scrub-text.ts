/** What a scrubbed value or key is replaced with (Sentry's own marker, so its UI shows it as such). */
export const FILTERED = '[Filtered]';

// Order matters: a JWT or a Bearer credential goes before the generic long-secret rule would cut it up.
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // Authorization values in free text ("Bearer …", "Basic …").
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${FILTERED}`],
  // JWTs (access tokens, personal access tokens): header.payload.signature, the header starts "eyJ".
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[jwt]'],
  // Emails, also URL-encoded (`%40`) as they appear in query strings.
  [/[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  // Opaque secrets: refresh tokens are 43 base64url characters; nothing we log legitimately is a
  // 40+ character run of them (ids are UUIDs with dashes every few characters, trace ids 32 hex).
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/g, '[secret]'],
  // IPv4, then IPv6 in full or compressed ("::") form; times and file:line:column have no "::".
  [/\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g, '[ip]'],
  [/(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])/g, '[ip]'],
  [
    /(?<![\w:])(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\w:])/g,
    '[ip]',
  ],
];

/**
 * Personal data and credentials out of free text (exception messages, breadcrumbs, URLs): emails,
 * JWTs, bearer credentials, refresh-token-like secrets and IP addresses.
 */
export function scrubText(text: string): string {
  let scrubbed = text;
  for (const [pattern, replacement] of PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
  return scrubbed;
}

/** Keys whose values are personal or secret whatever they hold (headers, extras, contexts, breadcrumb data). */
const SENSITIVE_KEY =
  /authorization|cookie|passw|passphrase|secret|token|email|variables|session|credential|api[-_]?key|forwarded|client[-_]?ip|ip[-_]?address|^ip$|remote[-_]?addr/i;

/** Whether a key names a value that is never sent (whatever it holds). */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/**
 * A copy of `value` with every string scrubbed and every value under a sensitive key replaced;
 * deeper than `maxDepth` is cut off (Sentry's own normalisation stops there too).
 */
export function scrubValue(value: unknown, maxDepth = 10): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (maxDepth <= 0) return FILTERED;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, maxDepth - 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isSensitiveKey(key) ? FILTERED : scrubValue(item, maxDepth - 1),
    ]),
  );
}
