import fc from 'fast-check';
import { loadApiSchema, rootOperations, type RootOperation } from './api-schema.js';
import { retryAfterOf, sendRaw } from './fuzz-http.js';
import { operationCases, type OperationCase } from './operation-case.js';
import { snapshotDifferences } from './owner-snapshot.js';
import { OwnerWorld, type WorldOptions } from './owner-world.js';
import { printCase } from './print-case.js';
import { describeFailure } from './fuzz-report.js';
import { violationsOf, type WireAnswer } from './response-checks.js';
import { randomClientIp } from '../support/forwarded-client.js';

export interface FuzzOptions extends WorldOptions {
  /** The run's seed; each root field's stream in each round gets its own seed derived from it. */
  seed: number;
  /** Cases per root field in one round (every field gets the same number). */
  runsPerField: number;
  /** Rounds over every field; more rounds, more cases. @default 1 */
  rounds?: number;
  /** Stop starting new rounds (and fields) after this long. @default no limit */
  timeBudgetMs?: number;
  /** Only these root fields (a replay). @default all of the API's */
  fields?: readonly string[];
  /** Replay one case: the field's derived seed and fast-check path printed with a failure. */
  replay?: { field: string; fieldSeed: number; path: string };
  /** Stop at the first failing case (npm test) rather than collect every failure (npm run fuzz). */
  stopOnFailure?: boolean;
  print?: (line: string) => void;
  /** @default 10_000 */
  progressEveryMs?: number;
}

export interface FuzzFailure {
  field: string;
  /** Replays it: `--replay field:fieldSeed:path` (or FUZZ_REPLAY for the scenario). */
  replay: string;
  principal: string;
  query: string;
  variables: string;
  /** Status and body of the answer. */
  answer: string;
  violations: string[];
}

export interface FieldTally {
  cases: number;
  /** Mutations the API carried out (the rest it refused). */
  accepted: number;
  codes: Record<string, number>;
}

export interface FuzzResult {
  seed: number;
  casesTried: number;
  failures: FuzzFailure[];
  byField: Record<string, FieldTally>;
  ownersUsed: number;
  seconds: number;
  /** Where the time went: the requests, the snapshots after mutations, keeping the owner usable. */
  milliseconds: { requests: number; snapshots: number; upkeep: number };
}

/** A 32-bit seed for one field's stream in one round, from the run's seed (FNV-1a). */
export function fieldSeedOf(seed: number, round: number, field: string): number {
  let hash = 0x811c9dc5;
  for (const character of `${seed}:${round}:${field}`) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

const clip = (text: string, length = 600) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;

function codesOf(answer: WireAnswer): string[] {
  try {
    const body = JSON.parse(answer.text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (body.errors ?? []).map((error) => String(error.extensions?.code));
  } catch {
    return ['(not JSON)'];
  }
}

/**
 * Whether the mutation ran: its field has data, or every error lies below it (a sub-selection
 * failed after the change was made, and null bubbled up through a non-null field). An error at the
 * field itself, or without a path (the document or variables), means it was refused.
 */
function mutationRan(answer: WireAnswer, field: string): boolean {
  try {
    const body = JSON.parse(answer.text) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ path?: unknown[] }>;
    };
    if (body.data?.[field] !== undefined && body.data?.[field] !== null) return true;
    const errors = body.errors ?? [];
    return (
      errors.length > 0 && errors.every((error) => (error.path?.length ?? 0) > 1 && error.path?.[0] === field)
    );
  } catch {
    return false;
  }
}

/**
 * Runs generated cases for every root field of the public API through the router, as the owner of
 * real data and anonymously, and checks each answer (violationsOf) and, for mutations, that a
 * refused one left the owner's data as it was.
 */
export async function runHostileInputFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const print = options.print ?? (() => undefined);
  const started = Date.now();
  const schema = loadApiSchema();
  const wanted = options.replay ? [options.replay.field] : options.fields;
  const operations = rootOperations(schema).filter(
    (operation) => !wanted || wanted.includes(operation.field.name),
  );
  if (operations.length === 0) throw new Error(`no root field named ${String(wanted)}`);
  const world = await OwnerWorld.create(options);
  const result: FuzzResult = {
    seed: options.seed,
    casesTried: 0,
    failures: [],
    byField: {},
    ownersUsed: 1,
    seconds: 0,
    milliseconds: { requests: 0, snapshots: 0, upkeep: 0 },
  };
  let lastProgress = Date.now();

  const runCase = async (
    operationCase: OperationCase,
    operation: RootOperation,
    replay: string,
  ): Promise<boolean> => {
    const field = operation.field.name;
    const tally = (result.byField[field] ??= { cases: 0, accepted: 0, codes: {} });
    const time = result.milliseconds;
    let mark = Date.now();
    const lap = (bucket: keyof typeof time) => {
      time[bucket] += Date.now() - mark;
      mark = Date.now();
    };
    if (operationCase.principal === 'owner') await world.ensureSession();
    lap('upkeep');
    const printed = printCase(operationCase, world.pools.lookup);
    const body = `{"query":${JSON.stringify(printed.query)},"variables":${printed.variablesText}}`;
    const before = world.snapshot;
    const violations: string[] = [];
    let answer: WireAnswer = { status: 0, text: '' };
    for (let attempt = 0; attempt < 4; attempt += 1) {
      try {
        answer = await sendRaw(options.graphqlUrl, body, {
          token: operationCase.principal === 'owner' ? world.owner.accessToken : undefined,
          ip: operationCase.principal === 'anonymous' ? randomClientIp() : undefined,
        });
      } catch (error) {
        violations.push(`request failed: ${String(error)}`);
        break;
      }
      violations.push(...violationsOf(answer, printed.sentStrings));
      const retryAfter = retryAfterOf(answer);
      if (retryAfter === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
    lap('requests');
    result.casesTried += 1;
    tally.cases += 1;
    for (const code of codesOf(answer)) tally.codes[code] = (tally.codes[code] ?? 0) + 1;
    if (operation.kind === 'mutation') {
      const after = await world.settledSnapshot();
      lap('snapshots');
      if (mutationRan(answer, field)) {
        tally.accepted += 1;
        const input = printed.rootArguments['input'] as { newPassword?: unknown } | undefined;
        await world.acceptChange(
          after,
          typeof input?.newPassword === 'string' ? input.newPassword : undefined,
        );
      } else {
        for (const difference of snapshotDifferences(before, after)) {
          violations.push(`refused, yet the owner's data changed: ${difference}`);
        }
        // Keep comparing against what is there, so one half-written change is reported once.
        if (violations.length > 0) await world.acceptChange(after, undefined);
      }
      lap('upkeep');
    }
    if (violations.length > 0) {
      const failure: FuzzFailure = {
        field,
        replay,
        principal: operationCase.principal,
        query: clip(printed.query),
        variables: clip(printed.variablesText),
        answer: clip(`${answer.status} ${answer.text}`, 800),
        violations: [...new Set(violations)].map((violation) => clip(violation, 400)),
      };
      result.failures.push(failure);
      print(`✗ ${describeFailure(failure)}`);
    }
    if (Date.now() - lastProgress > (options.progressEveryMs ?? 10_000)) {
      lastProgress = Date.now();
      print(
        `… ${result.casesTried} cases, ${result.failures.length} failing, ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
    return violations.length === 0;
  };

  try {
    const rounds = options.replay ? 1 : (options.rounds ?? 1);
    outer: for (let round = 0; round < rounds; round += 1) {
      for (const operation of operations) {
        if (options.timeBudgetMs !== undefined && Date.now() - started > options.timeBudgetMs) break outer;
        const field = operation.field.name;
        const fieldSeed = options.replay?.fieldSeed ?? fieldSeedOf(options.seed, round, field);
        let index = options.replay ? Number(options.replay.path.split(':')[0]) : 0;
        let broken: unknown;
        const details = await fc.check(
          fc.asyncProperty(operationCases(operation), async (operationCase) => {
            const replay = `${field}:${fieldSeed}:${index}`;
            index += 1;
            try {
              return (await runCase(operationCase, operation, replay)) || !options.stopOnFailure;
            } catch (error) {
              broken = error; // the harness or the stack, not a finding: stop the run
              throw error;
            }
          }),
          {
            seed: fieldSeed,
            numRuns: options.replay ? 1 : options.runsPerField,
            endOnFailure: true,
            ...(options.replay ? { path: options.replay.path } : {}),
          },
        );
        if (broken !== undefined) throw broken;
        if (details.failed && options.stopOnFailure) break outer;
      }
      for (const difference of await world.strangerChanges()) {
        const failure: FuzzFailure = {
          field: '(stranger)',
          replay: `round ${round}`,
          principal: 'owner',
          query: '',
          variables: '',
          answer: '',
          violations: [`the stranger's data changed: ${clip(difference, 400)}`],
        };
        result.failures.push(failure);
        print(`✗ ${describeFailure(failure)}`);
      }
    }
  } finally {
    result.ownersUsed = world.ownersUsed;
    result.seconds = (Date.now() - started) / 1000;
    await world.close();
  }
  return result;
}
