export { composeSupergraph, SUPERGRAPH_PATH, API_SCHEMA_PATH } from './compose/compose-supergraph.js';
export type {
  ComposeSupergraphOptions,
  ComposedContract,
  CompositionFailed,
} from './compose/compose-supergraph.js';
export { writeContract, type WrittenFile } from './compose/write-contract.js';
export { apiSchemaOf, buildSupergraph, printApiSchema } from './compose/api-schema.js';
export { formatProblem, type SchemaProblem, type SourcePosition } from './compose/schema-problem.js';
export { checkContract, type CheckContractOptions, type ContractReport } from './check/check-contract.js';
export { findStaleContract } from './check/staleness.js';
export { findBreakingChanges, type FindBreakingChangesOptions } from './check/breaking-changes.js';
export { resolveSchemaBase, SchemaBaseRefError, type ResolveSchemaBaseOptions } from './check/schema-base.js';
export { readApprovals, APPROVALS_PATH, type BreakingChangeApproval } from './check/approvals.js';
export { findStaleGenerated, type FindStaleGeneratedOptions } from './codegen/stale-generated.js';
export { readSubgraphList, SUBGRAPH_LIST_PATH, type SubgraphEntry } from './subgraphs/subgraph-list.js';
