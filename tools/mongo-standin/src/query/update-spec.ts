import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { isDoc, type Doc } from '../storage/doc.js';

/** An update as parsed from `u` / `update`: a whole replacement document or operator assignments. */
export type ParsedUpdate = { kind: 'replacement'; replacement: Doc } | { kind: 'operators'; operators: Doc };

/** Update operators the stand-in applies (through mingo, after its own MongoDB-style checks). */
export const SUPPORTED_UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$setOnInsert',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
]);

/** MongoDB update operators the stand-in refuses rather than approximates. */
const REFUSED_UPDATE_OPERATORS = new Set(['$bit']);

/** `$`, `$[]` and `$[<identifier>]` path segments: positional updates are refused. */
const POSITIONAL_SEGMENT = /^\$(\[.*\])?$/;

export function parseUpdate(raw: unknown, arrayFilters: unknown): ParsedUpdate {
  if (arrayFilters !== undefined) throw notSupported('arrayFilters');
  if (Array.isArray(raw)) throw notSupported('pipeline-style updates (an array of stages)');
  if (!isDoc(raw))
    throw new CommandError(ErrorCode.FailedToParse, 'Update argument must be either an object or an array');
  const keys = Object.keys(raw);
  if (keys.length === 0 || !(keys[0] as string).startsWith('$')) {
    return { kind: 'replacement', replacement: raw };
  }
  const paths: string[] = [];
  for (const [operator, assignments] of Object.entries(raw)) {
    if (REFUSED_UPDATE_OPERATORS.has(operator)) throw notSupported(`the ${operator} update operator`);
    if (!SUPPORTED_UPDATE_OPERATORS.has(operator)) {
      throw new CommandError(
        ErrorCode.FailedToParse,
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isDoc(assignments)) {
      throw new CommandError(
        ErrorCode.FailedToParse,
        `Modifiers operate on fields but we found type ${typeof assignments} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${String(assignments)}}`,
      );
    }
    for (const [path, value] of Object.entries(assignments)) {
      checkPath(path);
      paths.push(path);
      if (operator === '$rename') {
        if (typeof value !== 'string') {
          throw new CommandError(ErrorCode.BadValue, `The 'to' field for $rename must be a string: ${path}`);
        }
        checkPath(value);
        paths.push(value);
      }
      if (operator === '$currentDate' && isDoc(value) && value['$type'] !== 'date') {
        throw notSupported(`$currentDate with $type ${JSON.stringify(value['$type'])} (only dates)`);
      }
    }
  }
  checkConflicts(paths);
  return { kind: 'operators', operators: raw };
}

function checkPath(path: string): void {
  const segments = path.split('.');
  if (segments.some((segment) => POSITIONAL_SEGMENT.test(segment))) {
    throw notSupported(`positional update paths ($, $[], $[<identifier>]): '${path}'`);
  }
  if (segments.some((segment) => segment.length === 0)) {
    throw new CommandError(ErrorCode.BadValue, `An empty update path is not valid: '${path}'`);
  }
}

/** Two operators may not touch the same path or a path and its prefix (MongoDB error 40). */
function checkConflicts(paths: string[]): void {
  for (let i = 0; i < paths.length; i += 1) {
    for (let j = i + 1; j < paths.length; j += 1) {
      const [a, b] = [paths[i] as string, paths[j] as string];
      const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
      if (longer === shorter || longer.startsWith(`${shorter}.`)) {
        throw new CommandError(
          ErrorCode.ConflictingUpdateOperators,
          `Updating the path '${longer}' would create a conflict at '${shorter}'`,
        );
      }
    }
  }
}
