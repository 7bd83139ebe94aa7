import { serverConfig } from '@/lib/config/server-config';
import { createSigningFetch } from './signing-fetch';

/**
 * The `fetch` every server-side call to the router uses (the `/graphql` forwarder, the session
 * routes, server components): it proves the visitor's address to the router (decision 0713).
 */
export const routerFetch = createSigningFetch(serverConfig.clientAddressSecret);
