/** What the global setup hands every scenario (through vitest's provide/inject). */
export interface StackInfo {
  /** The router's public endpoint. */
  graphqlUrl: string;
  webUrl: string;
  subgraphUrls: { auth: string; packing: string; preferences: string };
  /** The secret this run's router signs with; scenarios forge proofs with others. */
  routerSecret: string;
  /** The lifecycle-event queue the services publish to and consume from. */
  eventsDatabaseUrl: string;
  /**
   * Admin URL of the stack's PostgreSQL database: scenarios look into the stores directly to prove
   * that nothing of a deleted account remains (never to set up state the API could set up).
   */
  databaseUrl: string;
  /** Each PostgreSQL service's own database connection (auth's signing keys and audit log, packing's rows). */
  serviceDatabaseUrls: { auth: string; packing: string };
  /** The MongoDB database preferences stores in (the stand-in offline). */
  mongoUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
