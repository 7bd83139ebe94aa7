// What startMultiInstanceStack takes and hands back: several routers and several instances of each
// subgraph on one set of stores (decision 1390).
import type { LogFormat } from '../processes/format-log-line.js';

export const SUBGRAPH_NAMES = ['auth', 'packing', 'preferences'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface MultiInstanceStackOptions {
  /**
   * Instances of each subgraph, each a process on a free port behind one round-robin spreader.
   * @default 2
   */
  instances?: number;
  /** Router processes, each on a free port, all using the spreaders. @default 2 */
  routers?: number;
  /** Where store URLs and the children's inherited variables come from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Ignore configured and local servers (PGlite, no Redis, the Mongo stand-in). @default false */
  embeddedOnly?: boolean;
  /** NODE_ENV for the services. @default 'test' */
  nodeEnv?: string;
  /** @default env.ROUTER_SECRET, else a random secret for this run */
  routerSecret?: string;
  /** The key signed client addresses are checked with (0713). @default a random secret */
  clientAddressSecret?: string;
  /** How child output is printed. @default 'pretty' */
  logFormat?: LogFormat;
  /** Status lines and, with `showServiceOutput`, child output. @default console.log */
  print?: (line: string) => void;
  /** Print the children's output. @default false */
  showServiceOutput?: boolean;
  /** Every output line of every child, named `auth#1`, `router#2` …, shown or not. */
  onServiceLine?: (instance: string, line: string) => void;
  /** How long each process may take to become ready. @default 120000 */
  readyTimeoutMs?: number;
}

export interface MultiInstanceStack {
  /** Each router's `POST /graphql`, router 1 first. */
  graphqlUrls: string[];
  /** Each router's base URL (`/metrics`, `/health/ready`). */
  routerUrls: string[];
  /** Each subgraph's base URL as everyone reaches it: its spreader. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Each instance's own base URL, instance 1 first (its `/metrics`, auth's JWKS). */
  instanceUrls: Record<SubgraphName, string[]>;
  /** One line per store. */
  stores: { postgres: string; redis: string; mongo: string };
  routerSecret: string;
  clientAddressSecret: string;
  /** Admin URL of the database every instance uses. */
  databaseUrl: string;
  serviceDatabaseUrls: { auth: string; packing: string };
  eventsUrl: string;
  mongoUrl: string;
  /** Which instance (1-based) of `subgraph` answered the router's call for this `x-request-id`. */
  servedBy(subgraph: SubgraphName, requestId: string): number | undefined;
  /** Requests each instance of `subgraph` answered so far, instance 1 first. */
  answered(subgraph: SubgraphName): number[];
  /** Stops one instance (SIGTERM, as on shutdown); its spreader passes requests to the others. */
  stopInstance(subgraph: SubgraphName, instance: number): Promise<void>;
  /** Starts a stopped instance again on its port; resolves once it is ready. */
  startInstance(subgraph: SubgraphName, instance: number): Promise<void>;
  /** Routers first, then subgraph instances, spreaders and the stores this run started. Idempotent. */
  stop(): Promise<void>;
}
