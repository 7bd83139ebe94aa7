/** The parts of a DSN (`https://<public key>@<host>/<path prefix>/<project>`) a tunnel compares. */
export interface DsnParts {
  publicKey: string;
  /** `https://sentry.example.com` (protocol, host and port). */
  origin: string;
  /** The path before the project id, `''` or `/prefix`. */
  pathPrefix: string;
  projectId: string;
}

/** The DSN's parts, or undefined when it is not a DSN. */
export function parseDsn(dsn: unknown): DsnParts | undefined {
  if (typeof dsn !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(dsn);
  } catch {
    return undefined;
  }
  const match = /^(.*)\/(\d+)$/.exec(url.pathname);
  if (!url.username || !match || !['http:', 'https:'].includes(url.protocol)) return undefined;
  return {
    publicKey: url.username,
    origin: url.origin,
    pathPrefix: match[1] ?? '',
    projectId: match[2] ?? '',
  };
}

/** Same key, same ingest, same project. */
export function sameDsn(a: DsnParts, b: DsnParts): boolean {
  return (
    a.publicKey === b.publicKey &&
    a.origin === b.origin &&
    a.pathPrefix === b.pathPrefix &&
    a.projectId === b.projectId
  );
}

/** Sentry's envelope endpoint for the DSN's project. */
export function envelopeUrl(dsn: DsnParts): string {
  return `${dsn.origin}${dsn.pathPrefix}/api/${dsn.projectId}/envelope/`;
}
