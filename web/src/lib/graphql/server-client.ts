import { registerUrql } from '@urql/next/rsc';
import { serverConfig } from '@/lib/config/server-config';
import { routerFetch } from '@/lib/client-address/router-fetch';
import { readClientAddress } from '@/lib/session-server/client-address';
import { createServerGraphqlClient } from './client';

/** One anonymous client per server request (React's cache), for server components. */
export const { getClient: getServerClient } = registerUrql(() =>
  createServerGraphqlClient(serverConfig.graphqlUrl.toString(), {
    clientAddress: readClientAddress,
    fetch: routerFetch,
  }),
);
