/** The many-user benchmark's workload mix: which operation each request is, by weight. */

export const OPERATION_KINDS = ['me', 'checkOff', 'listsAndPacks'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** Relative weights, in the order of OPERATION_KINDS. */
export type Mix = Record<OperationKind, number>;

/**
 * Reads BENCH_MIX: three non-negative numbers separated by commas (`70,20,10`: the `me` read, trip
 * check-offs, lists and packs), relative weights that need not add up to 100 but not to 0.
 */
export function parseMix(text: string): Mix {
  const parts = text.split(',').map((part) => part.trim());
  const weights = parts.map(Number);
  if (parts.length !== OPERATION_KINDS.length || parts.some((part) => part === ''))
    throw new Error(
      `BENCH_MIX must be three weights like "70,20,10" (me, check-offs, lists+packs): "${text}"`,
    );
  if (weights.some((weight) => !Number.isFinite(weight) || weight < 0))
    throw new Error(`BENCH_MIX weights must be non-negative numbers: "${text}"`);
  if (weights.reduce((sum, weight) => sum + weight, 0) === 0)
    throw new Error(`BENCH_MIX must give some operation a weight above 0: "${text}"`);
  return { me: weights[0]!, checkOff: weights[1]!, listsAndPacks: weights[2]! };
}

/**
 * The operation a uniform `random` in [0, 1) picks: each kind owns a slice of [0, 1) as wide as its
 * share of the total weight, in the order of OPERATION_KINDS.
 */
export function chooseOperation(mix: Mix, random: number): OperationKind {
  const total = OPERATION_KINDS.reduce((sum, kind) => sum + mix[kind], 0);
  let threshold = random * total;
  for (const kind of OPERATION_KINDS) {
    if (threshold < mix[kind]) return kind;
    threshold -= mix[kind];
  }
  // Rounding at random ≈ 1: the last kind with any weight.
  return OPERATION_KINDS.findLast((kind) => mix[kind] > 0)!;
}

/** The mix as shares of all requests, e.g. "70% me read, 20% trip check-offs, 10% lists + packs". */
export function describeMix(mix: Mix): string {
  const total = OPERATION_KINDS.reduce((sum, kind) => sum + mix[kind], 0);
  const share = (kind: OperationKind) => `${Math.round((mix[kind] / total) * 100)}%`;
  return `${share('me')} me read, ${share('checkOff')} trip check-offs, ${share('listsAndPacks')} lists + packs`;
}
