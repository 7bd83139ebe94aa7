export {
  createRouterTrustMiddleware,
  type RouterTrustOptions,
  type TrustedRequest,
} from './router-trust.middleware.js';
export {
  createRouterTrustCheck,
  refuseUntrusted,
  type RouterTrustCheck,
  type RouterTrustOutcome,
  type RouterTrustState,
} from './router-trust.js';
export { createGraphQLFastPath, type GraphQLFastPath, type NodeMiddleware } from './graphql-fast-path.js';
export { HealthModule } from './health.module.js';
export { type ReadinessCheck } from './readiness.js';
export { subgraphGraphQLOptions, type SubgraphGraphQLOptions } from './graphql-options.js';
export {
  runSubgraph,
  startSubgraph,
  stopOnSignals,
  type StartSubgraphOptions,
  type RunningSubgraph,
} from './start-subgraph.js';
export { subgraphImports, type SubgraphImportsOptions } from './subgraph-imports.js';
export { metricsController, type MetricsSource } from './metrics-controller.js';
export { type WarmUpOperation, type WarmUpOperations } from './warm-up.js';
