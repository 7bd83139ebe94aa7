export interface RouterReadinessOptions {
  /** The router's GraphQL URL; its `/health/ready` on the same origin is what gets asked. */
  graphqlUrl: URL;
  /**
   * How long to wait for the router before calling it not ready.
   * @default 2000
   */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/** The web app is ready when the router it proxies to says it is ready. */
export async function checkRouterReadiness(options: RouterReadinessOptions): Promise<Readiness> {
  const { graphqlUrl, timeoutMs = 2_000, fetch: fetchFn = fetch } = options;
  const url = new URL('/health/ready', graphqlUrl);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { signal: controller.signal, cache: 'no-store' });
    return response.ok ? { ready: true } : { ready: false, reason: `router answered ${response.status}` };
  } catch {
    return { ready: false, reason: controller.signal.aborted ? 'router timed out' : 'router unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
