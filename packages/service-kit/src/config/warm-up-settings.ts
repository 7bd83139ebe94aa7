import { envReader, type EnvReader } from './read-env.js';

/** How a process warms its per-request path before it reports ready (decision 1495). */
export interface WarmUpSettings {
  /** WARM_UP=off skips it (tests that need fast starts). @default on */
  enabled: boolean;
  /** WARM_UP_MS: the whole warm-up's time budget, in milliseconds. @default 3000 */
  budgetMs: number;
  /** WARM_UP_ROUNDS: how many rounds at most, whichever ends first with the budget. @default 300 */
  rounds: number;
}

export function readWarmUpSettings(env: EnvReader = envReader()): WarmUpSettings {
  return {
    enabled: env.oneOf('WARM_UP', ['on', 'off'] as const, 'on') === 'on',
    budgetMs: env.int('WARM_UP_MS', 3000, { min: 0, max: 60_000 }),
    rounds: env.int('WARM_UP_ROUNDS', 300, { min: 0, max: 10_000 }),
  };
}
