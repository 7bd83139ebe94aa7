export {
  createDemandControlPlugin,
  type DemandControlPluginOptions,
  type CostExtension,
} from './demand-control.plugin.js';
export { readCostDirectives, NO_COST_DIRECTIVES, type CostDirectives } from './cost-directives.js';
