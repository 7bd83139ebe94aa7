import type { CostDirectives } from './cost-directives.js';
import { estimateCost } from './estimate-cost.js';
import { BoundedCache } from './bounded-cache.js';
import type { CostInput } from './selection-context.js';

export interface CachedCostEstimatorOptions {
  defaultListSize: number;
  /** Distinct (document, operation, relevant variables) estimates kept. */
  cacheSize: number;
}

/**
 * The cache key: the document, and the names and values of the variables the estimate read. A
 * walk that reads the same variables with the same values takes the same path, so the cost is equal.
 */
function keyOf(
  documentKey: string,
  names: readonly string[],
  variables: Readonly<Record<string, unknown>>,
): string {
  if (names.length === 0) return documentKey;
  return `${documentKey}\u0000${JSON.stringify(names.map((name) => [name, variables[name] ?? null]))}`;
}

/**
 * Estimates once per distinct document + operation name + the values of the variables the
 * estimate depends on (slicing arguments, @skip/@include); a supergraph change starts afresh.
 */
export function createCachedCostEstimator(options: CachedCostEstimatorOptions) {
  const variablesByDocument = new BoundedCache<readonly string[]>(options.cacheSize);
  const costs = new BoundedCache<number>(options.cacheSize);
  let directivesSeen: CostDirectives | undefined;

  return (input: CostInput, documentKey: string): number => {
    if (input.directives !== directivesSeen) {
      directivesSeen = input.directives;
      variablesByDocument.clear();
      costs.clear();
    }
    const variables = variablesByDocument.get(documentKey);
    if (variables) {
      const cached = costs.get(keyOf(documentKey, variables, input.variables));
      if (cached !== undefined) return cached;
    }
    const estimate = estimateCost(input, { defaultListSize: options.defaultListSize });
    const read = [...estimate.variablesRead].sort();
    variablesByDocument.set(documentKey, read);
    costs.set(keyOf(documentKey, read, input.variables), estimate.cost);
    return estimate.cost;
  };
}
