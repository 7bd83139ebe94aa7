export { startMultiInstanceStack } from './start-multi-instance-stack.js';
export {
  SUBGRAPH_NAMES,
  type MultiInstanceStack,
  type MultiInstanceStackOptions,
  type SubgraphName,
} from './multi-instance-stack.js';
export {
  startRoundRobinSpreader,
  type RoundRobinSpreader,
  type RoundRobinSpreaderOptions,
} from './round-robin-spreader.js';
