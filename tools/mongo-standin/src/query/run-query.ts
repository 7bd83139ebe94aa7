import { find } from 'mingo';
import type { AnyObject, Criteria, Projection, SortSpec } from 'mingo/types';
import { CommandError, ErrorCode, notSupported } from '../errors.js';
import { isDoc, type Doc } from '../storage/doc.js';
import { checkFilter } from './filter.js';
import { mingoOptions, withMingo } from './mingo-options.js';

export interface QuerySpec {
  filter: Doc;
  sort?: Doc;
  skip?: number;
  limit?: number;
  projection?: Doc;
  /** `let` variables, usable as `$$name` inside `$expr`. */
  variables?: Doc;
}

/** Filter, sort, skip, limit and project over a collection's documents, as `find` does. */
export function runQuery(documents: readonly Doc[], spec: QuerySpec): Doc[] {
  checkFilter(spec.filter);
  if (spec.sort) checkSort(spec.sort);
  if (spec.skip !== undefined && spec.skip < 0) {
    throw new CommandError(ErrorCode.BadValue, `skip value must be non-negative, but received: ${spec.skip}`);
  }
  return withMingo(() => {
    const cursor = find(
      documents as AnyObject[],
      spec.filter as Criteria<AnyObject>,
      spec.projection && Object.keys(spec.projection).length > 0
        ? (spec.projection as Projection<AnyObject>)
        : undefined,
      mingoOptions(spec.variables ? { variables: spec.variables } : {}),
    );
    if (spec.sort && Object.keys(spec.sort).length > 0) cursor.sort(spec.sort as SortSpec);
    if (spec.skip) cursor.skip(spec.skip);
    if (spec.limit) cursor.limit(spec.limit);
    return cursor.all() as Doc[];
  });
}

function checkSort(sort: Doc): void {
  for (const [field, direction] of Object.entries(sort)) {
    if (field === '$natural' || isDoc(direction))
      throw notSupported(`sorting by ${JSON.stringify({ [field]: direction })}`);
    if (direction !== 1 && direction !== -1) {
      throw new CommandError(
        ErrorCode.BadValue,
        `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
      );
    }
  }
}

/** Refuses a non-simple collation: string comparison would silently differ. */
export function checkCollation(command: Doc): void {
  const collation = command['collation'];
  if (collation === undefined || collation === null) return;
  if (isDoc(collation) && collation['locale'] === 'simple') return;
  throw notSupported('collations other than { locale: "simple" }');
}
