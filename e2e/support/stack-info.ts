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
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
