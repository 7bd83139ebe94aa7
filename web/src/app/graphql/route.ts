import { routerFetch } from '@/lib/client-address/router-fetch';
import { serverConfig } from '@/lib/config/server-config';
import { createGraphqlProxy } from '@/lib/graphql-proxy/create-graphql-proxy';

// The browser's same-origin GraphQL endpoint, forwarded to the router (GRAPHQL_URL).
export const dynamic = 'force-dynamic';

const proxy = createGraphqlProxy({ upstream: serverConfig.graphqlUrl, fetch: routerFetch });

export const GET = proxy;
export const POST = proxy;
