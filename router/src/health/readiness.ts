import type { SubgraphEndpoint } from '../supergraph/subgraph-endpoints.js';

export type SubgraphHealth = 'ok' | 'unavailable';

export interface Readiness {
  ready: boolean;
  supergraphLoaded: boolean;
  /** Whether auth's signing keys were fetched: without them no bearer token can be checked. */
  signingKeys: SubgraphHealth;
  subgraphs: Record<string, SubgraphHealth>;
  /** Whether the router's own warm-up is over (decision 1495); it starts once all else is ready. */
  warmedUp: boolean;
}

export interface ReadinessProbeOptions {
  /** Whether the gateway has a supergraph to plan with. */
  supergraphLoaded: () => boolean;
  /** The subgraphs of the current supergraph. */
  subgraphs: () => readonly SubgraphEndpoint[];
  /**
   * Whether auth's signing keys were ever fetched (the caller verifier's key source).
   * @default () => true
   */
  signingKeys?: () => boolean;
  /**
   * Asks one subgraph whether it is ready.
   * @default a GET of `/health/ready` beside the subgraph's GraphQL URL, OK on any 2xx
   */
  probe?: (endpoint: SubgraphEndpoint) => Promise<boolean>;
  /**
   * How long a probe result is reused, in milliseconds: load balancers poll readiness often and
   * each poll must not turn into a request to every subgraph.
   * @default 2000
   */
  cacheMs?: number;
  /**
   * How long one subgraph probe may take, in milliseconds (default probe only).
   * @default 1000
   */
  probeTimeoutMs?: number;
  /** @default Date.now */
  now?: () => number;
  /**
   * The warm-up readiness waits for, started by the first probe that finds everything else ready.
   * @default none
   */
  warmUp?: { done(): boolean; start(): void };
}

/** `/health/ready` beside the GraphQL path: http://host:4001/graphql → http://host:4001/health/ready. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('health/ready', graphqlUrl).toString();
}

async function probeOverHttp(endpoint: SubgraphEndpoint, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(healthUrlOf(endpoint.url), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Ready means: a supergraph is loaded, auth's signing keys are in hand (else every signed-in caller
 * would get 503 KEYS_UNAVAILABLE), every subgraph answered its own readiness check recently, and
 * the warm-up those allow is over.
 */
export function createReadinessProbe(options: ReadinessProbeOptions): () => Promise<Readiness> {
  const cacheMs = options.cacheMs ?? 2000;
  const now = options.now ?? Date.now;
  const probeTimeoutMs = options.probeTimeoutMs ?? 1000;
  const probe = options.probe ?? ((endpoint: SubgraphEndpoint) => probeOverHttp(endpoint, probeTimeoutMs));
  let cached: { at: number; subgraphs: Promise<Record<string, SubgraphHealth>> } | undefined;

  const probeAll = async (): Promise<Record<string, SubgraphHealth>> => {
    const endpoints = options.subgraphs();
    const results = await Promise.all(endpoints.map((endpoint) => probe(endpoint)));
    return Object.fromEntries(
      endpoints.map((endpoint, i) => [endpoint.name, results[i] ? 'ok' : 'unavailable']),
    );
  };

  return async () => {
    const supergraphLoaded = options.supergraphLoaded();
    const signingKeys: SubgraphHealth = (options.signingKeys?.() ?? true) ? 'ok' : 'unavailable';
    const warmedUp = options.warmUp?.done() ?? true;
    if (!supergraphLoaded) return { ready: false, supergraphLoaded, signingKeys, subgraphs: {}, warmedUp };
    // Concurrent polls share one round of probes; a result older than cacheMs starts a new round.
    if (cached === undefined || now() - cached.at >= cacheMs) cached = { at: now(), subgraphs: probeAll() };
    const subgraphs = await cached.subgraphs;
    const serving = signingKeys === 'ok' && Object.values(subgraphs).every((health) => health === 'ok');
    if (serving && !warmedUp) options.warmUp?.start();
    return { ready: serving && warmedUp, supergraphLoaded, signingKeys, subgraphs, warmedUp };
  };
}
