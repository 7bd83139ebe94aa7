import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCostStack, STORED_ITEMS, type CostStack } from '../../../test/fixtures/cost-stack.js';

interface CostBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requestedQueryCost: number; actualQueryCost: number } };
}

let stack: CostStack;
beforeAll(async () => {
  // A maximum of 400 and a roomy bucket: the table below is about prices, not refusals.
  stack = await startCostStack({ config: { cost: { max: 400, defaultListSize: 10 } } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.accounts.received.length = 0;
  stack.gear.received.length = 0;
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await stack.post({ query, variables });
  return { status: response.status, body: (await response.json()) as CostBody };
}

describe('static cost (Federation 2.9 @cost/@listSize), through the router', () => {
  // Hand-computed: object/interface/union 1, scalar/enum 0, mutation +10, lists × expected size.
  const table: [string, string, Record<string, unknown>, number][] = [
    ['one object with scalars', '{ me { id email } }', {}, 1],
    ['a leaf list of scalars is free', '{ tags }', {}, 0],
    ['@cost on a type replaces its 1', '{ me { avatar { url } } }', {}, 1 + 4],
    ['a list without @listSize uses the default size (10)', '{ me { friends { id } } }', {}, 1 + 10 * 1],
    [
      'sizedFields take the slicing argument; @cost on a field',
      '{ me { items(first: 50) { nodes { name packedWeight } } } }',
      {},
      1 + 1 + 50 * (1 + 5),
    ],
    ['a default slicing argument value counts', '{ me { items { nodes { id } } } }', {}, 1 + 1 + 20 * 1],
    ['a slicing argument from a variable', 'query($n: Int) { users(first: $n) { id } }', { n: 4 }, 4],
    ['…with another value, not the cached one', 'query($n: Int) { users(first: $n) { id } }', { n: 7 }, 7],
    ['nested lists multiply', '{ users(first: 3) { friends { id } } }', {}, 3 * (1 + 10 * 1)],
    ['assumedSize, plus @cost on an argument', '{ search(term: "tent") { id } }', {}, 7 + 5 * 1],
    [
      '@cost on input fields, recursively',
      '{ node(filter: { name: "a", deep: { name: "b" } }) { id } }',
      {},
      1 + 3 + 3,
    ],
    ['a mutation adds 10', 'mutation { addItem(name: "Tent") { id } }', {}, 10 + 1],
    [
      'fragments count like inline selections',
      '{ me { ...F } } fragment F on User { avatar { url } }',
      {},
      1 + 4,
    ],
    [
      '@skip and @include remove what they exclude',
      'query($no: Boolean!) { me { id avatar @include(if: $no) { url } friends @skip(if: true) { id } } }',
      { no: false },
      1,
    ],
  ];

  it.each(table)('%s', async (_label, query, variables, expected) => {
    const { status, body } = await run(query, variables);

    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.extensions?.cost?.requestedQueryCost).toBe(expected);
  });

  it.each([
    ['no slicing argument and no default', '{ users { id } }'],
    ['two slicing arguments', '{ users(first: 2, last: 2) { id } }'],
  ])('refuses a list that needs exactly one slicing argument: %s', async (_label, query) => {
    const { status, body } = await run(query);

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'SLICING_ARGUMENT_REQUIRED',
      path: 'users',
      slicingArguments: ['first', 'last'],
    });
    expect(stack.accounts.received).toHaveLength(0);
  });
});

describe('refusal over the maximum', () => {
  it('refuses with COST_ESTIMATED_TOO_EXPENSIVE, the estimate and the limit, and calls no subgraph', async () => {
    const { status, body } = await run('{ me { items(first: 100) { nodes { name packedWeight } } } }');

    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      cost: { estimated: 1 + 1 + 100 * 6, max: 400 },
    });
    expect(body.extensions?.cost?.requestedQueryCost).toBe(602);
    expect(stack.accounts.received).toHaveLength(0);
    expect(stack.gear.received).toHaveLength(0);
  });
});

describe('actual cost', () => {
  it('counts what the response holds, with the same weights', async () => {
    const { body } = await run('{ me { items(first: 50) { nodes { name packedWeight } } } }');

    expect(body.extensions?.cost).toMatchObject({
      requestedQueryCost: 302,
      actualQueryCost: 1 + 1 + STORED_ITEMS * (1 + 5),
    });
  });

  it('counts a null as nothing and a mutation as 10 plus what it returned', async () => {
    expect((await run('{ boom }')).body.extensions?.cost?.actualQueryCost).toBe(0);
    expect(
      (await run('mutation { addItem(name: "Tent") { id packedWeight } }')).body.extensions?.cost
        ?.actualQueryCost,
    ).toBe(10 + 1 + 5);
  });
});
