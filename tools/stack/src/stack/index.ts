export { startStack } from './start-stack.js';
export {
  StackStartError,
  type StartStackOptions,
  type RunningStack,
  type ServiceFailure,
} from './running-stack.js';
export { SERVICE_NAMES, DEFAULT_PORTS, type ServiceName } from './service-definitions.js';
