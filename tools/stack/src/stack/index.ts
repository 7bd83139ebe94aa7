export {
  startStack,
  StackStartError,
  type StartStackOptions,
  type RunningStack,
  type ServiceFailure,
} from './start-stack.js';
export { SERVICE_NAMES, DEFAULT_PORTS, type ServiceName } from './service-definitions.js';
