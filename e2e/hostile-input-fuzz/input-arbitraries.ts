import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { anyCsv } from './hostile-csv.js';
import {
  anyBoolean,
  anyCurrency,
  anyDate,
  anyEmail,
  anyLocale,
  anyNumber,
  anyOpaqueToken,
  anyPassword,
  anyScope,
  anyUrl,
} from './hostile-scalars.js';
import { anyText, hostileText } from './hostile-text.js';
import { EnumName, ID_POOLS, WorldRef, type PoolName } from './value-template.js';
import { toJsonText } from './wire-format.js';

/** Where a value goes: the argument or input field's name and the root field it belongs to. */
export interface InputSite {
  name: string;
  rootField: string;
}

/** Which rows an id argument most likely names, read from the schema's own names. */
export function poolForId(site: InputSite): PoolName | undefined {
  const byArgument: Record<string, PoolName> = {
    itemId: 'item',
    listId: 'list',
    listIds: 'list',
    packId: 'pack',
    tripId: 'trip',
    categoryId: 'category',
  };
  if (byArgument[site.name]) return byArgument[site.name];
  if (site.name === 'entryId' || site.name === 'entryIds') {
    return /Pack/.test(site.rootField) ? 'packEntry' : 'listEntry';
  }
  const byField: Array<[RegExp, PoolName]> = [
    [/PersonalAccessToken/, 'personalAccessToken'],
    [/ShareLink/, 'shareLink'],
    [/Session/, 'session'],
    [/Category/, 'category'],
    [/Import/, 'importJob'],
    [/Item/, 'item'],
    [/Trip/, 'trip'],
    [/Pack/, 'pack'],
    [/List/, 'list'],
  ];
  const upper = site.rootField.charAt(0).toUpperCase() + site.rootField.slice(1);
  return byField.find(([pattern]) => pattern.test(upper))?.[1];
}

const ref = (owner: 'owner' | 'stranger', pool: PoolName) =>
  fc.nat({ max: 1_000 }).map((index) => new WorldRef(owner, pool, index));

/** IDs: the owner's real rows, a stranger's real rows, fresh UUIDs, disguised and malformed ids. */
function anyId(site: InputSite): fc.Arbitrary<unknown> {
  const pool = poolForId(site);
  const guessed = pool ? [{ arbitrary: ref('owner', pool), weight: 6 }] : [];
  const strangers = pool ? [{ arbitrary: ref('stranger', pool), weight: 3 }] : [];
  return fc.oneof(
    ...guessed,
    ...strangers,
    { arbitrary: fc.constantFrom(...ID_POOLS).chain((any) => ref('owner', any)), weight: 2 },
    { arbitrary: fc.constantFrom(...ID_POOLS).chain((any) => ref('stranger', any)), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...ID_POOLS),
          fc.nat({ max: 1_000 }),
          fc.constantFrom('upper', 'padded') as fc.Arbitrary<'upper' | 'padded'>,
        )
        .map(([any, index, disguise]) => new WorldRef('owner', pool ?? any, index, disguise)),
      weight: 1,
    },
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        '0',
        '-1',
        '1',
        'undefined',
      ),
      weight: 1,
    },
    { arbitrary: fc.integer(), weight: 1 },
    { arbitrary: anyText, weight: 2 },
  );
}

/** A string input, shaped by its name where the name says what it holds. */
function anyString(site: InputSite): fc.Arbitrary<unknown> {
  const name = site.name.toLowerCase();
  if (name.includes('email')) {
    return fc.oneof(
      { arbitrary: ref('owner', 'email'), weight: 2 },
      { arbitrary: ref('stranger', 'email'), weight: 1 },
      { arbitrary: anyEmail, weight: 4 },
    );
  }
  if (name.includes('password')) {
    return fc.oneof(
      { arbitrary: ref('owner', 'password'), weight: 2 },
      { arbitrary: anyPassword, weight: 3 },
    );
  }
  if (name === 'token' || name.endsWith('token')) {
    return fc.oneof(
      { arbitrary: ref('owner', 'shareToken'), weight: 2 },
      { arbitrary: ref('stranger', 'shareToken'), weight: 2 },
      { arbitrary: anyOpaqueToken, weight: 3 },
    );
  }
  if (name.includes('currency')) return anyCurrency;
  if (name.includes('link') || name.includes('url')) return anyUrl;
  if (name.includes('locale')) return anyLocale;
  if (name.includes('scope')) return anyScope;
  if (name.includes('csv')) return anyCsv;
  if (name.endsWith('date')) return anyDate;
  return anyText;
}

function nest(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
}

/** A value of the wrong type for any input: other scalars, deep or wide structures, random JSON. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyNumber, weight: 2 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>({}, [], [null], { '': null }), weight: 1 },
  {
    arbitrary: fc.integer({ min: 20, max: 800 }).map((depth) => nest(depth, 1, (inner) => [inner])),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 20, max: 800 }).map((depth) => nest(depth, 'x', (inner) => ({ a: inner }))),
    weight: 1,
  },
  {
    arbitrary: fc
      .integer({ min: 50, max: 3_000 })
      .map((width) => Object.fromEntries(Array.from({ length: width }, (_, index) => [`k${index}`, index]))),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

function namedValue(type: GraphQLNamedType, site: InputSite, depth: number): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return fc.oneof(
      { arbitrary: fc.constantFrom(...names).map((name) => new EnumName(name)), weight: 20 },
      {
        arbitrary: fc
          .constantFrom('UNKNOWN_VALUE', '_', ...names.map((name) => name.toLowerCase()))
          .map((name) => new EnumName(name)),
        weight: 1,
      },
      { arbitrary: fc.constantFrom(...names).map((name) => `${name} `), weight: 1 },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.tuple(
      ...fields.map((field) =>
        inputValue(field.type, { name: field.name, rootField: site.rootField }, depth + 1),
      ),
    );
    const shaped = record.map((values) =>
      Object.fromEntries(fields.map((field, index) => [field.name, values[index]])),
    );
    return fc.oneof(
      { arbitrary: shaped, weight: 15 },
      {
        arbitrary: fc
          .tuple(
            shaped,
            fc.constantFrom('unknownField', '__proto__', 'constructor', 'id', 'ownerId', 'userId'),
            anyText,
          )
          .map(([value, key, extra]) => ({ ...value, [key]: extra })),
        weight: 1,
      },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return anyNumber;
      case 'Boolean':
        return anyBoolean;
      case 'ID':
        return anyId(site);
      case 'Date':
        return anyDate;
      case 'String':
        return anyString(site);
      default:
        return fc.oneof(anyText, anyNumber);
    }
  }
  return wrongType;
}

/**
 * Values for an input type, built from the type alone (plus the name of where it goes). Mostly
 * well-shaped so a case reaches the resolvers, with hostile values at every leaf; sometimes null
 * where non-null, omitted where required, a wrong type, a wide list or an unknown enum value.
 * `undefined` means "leave it out".
 */
export function inputValue(type: GraphQLInputType, site: InputSite, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return wrongType;
  if (isNonNullType(type)) {
    return fc.oneof(
      { arbitrary: presentValue(type.ofType, site, depth), weight: 40 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
      { arbitrary: wrongType, weight: 1 },
    );
  }
  return fc.oneof(
    { arbitrary: presentValue(type, site, depth), weight: 12 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: wrongType, weight: 1 },
  );
}

/** A value of the (nullable) type itself: a list or a named type's value. */
function presentValue(type: GraphQLInputType, site: InputSite, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return presentValue(type.ofType, site, depth);
  return isListType(type) ? listValue(type.ofType, site, depth) : namedValue(type, site, depth);
}

function listValue(element: GraphQLInputType, site: InputSite, depth: number): fc.Arbitrary<unknown> {
  const one = presentValue(element, site, depth + 1);
  return fc.oneof(
    { arbitrary: fc.array(one, { maxLength: 4 }), weight: 12 },
    { arbitrary: one, weight: 1 }, // a single value, which GraphQL coerces to a list of one
    {
      arbitrary: fc.tuple(one, fc.integer({ min: 100, max: 5_000 })).map(([value, count]) => {
        // Wide, but at most about 2 MB: past the router's body limit, short of the heap's.
        const size = toJsonText(value).length + 1;
        return Array.from(
          { length: Math.max(1, Math.min(count, Math.floor(2_000_000 / size))) },
          () => value,
        );
      }),
      weight: 1,
    },
    { arbitrary: fc.array(inputValue(element, site, depth + 1), { minLength: 1, maxLength: 3 }), weight: 1 },
  );
}
