// auth's User entity resolved by key (`_entities`), sent the way the router would send it once a
// plan needs it (none does today, so nothing else covers it): the caller's own user answers with
// its email; anyone else's, or no caller, is null.
import { signRouterProof } from '@packyourbag/service-kit';
import { describe, expect, inject, it } from 'vitest';
import '../support/stack-info.js';
import { packingUser, type PackingUser } from '../packing-support/packing-user.js';

interface EntitiesAnswer {
  data?: { _entities: ({ id: string; email: string } | null)[] };
  errors?: { extensions?: { code?: string } }[];
}

async function userEntityFromAuth(id: string, caller?: PackingUser): Promise<EntitiesAnswer> {
  const { subgraphUrls, routerSecret } = inject('stack');
  const body = JSON.stringify({
    query:
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id email } } }',
    variables: { representations: [{ __typename: 'User', id }] },
  });
  const response = await fetch(subgraphUrls.auth, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(caller ? { authorization: `Bearer ${caller.accessToken}` } : {}),
      ...signRouterProof(routerSecret, body),
    },
    body,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as EntitiesAnswer;
}

describe("auth's User entity by key", () => {
  it("answers the caller's own user, and nobody else's", async () => {
    const { graphqlUrl } = inject('stack');
    const owner = await packingUser(graphqlUrl);
    const other = await packingUser(graphqlUrl);
    const { me } = await owner.data<{ me: { email: string } }>('{ me { email } }');

    const own = await userEntityFromAuth(owner.id, owner);
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities).toEqual([{ id: owner.id, email: me.email }]);

    const someoneElse = await userEntityFromAuth(other.id, owner);
    expect(someoneElse.errors).toBeUndefined();
    expect(someoneElse.data?._entities).toEqual([null]);

    const anonymous = await userEntityFromAuth(owner.id);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?._entities).toEqual([null]);
  });
});
