/**
 * The headers the router adds about the end user to every subgraph request (beside the router
 * proof, router-proof.ts, and the request id, logging/logger.ts). Named once here, Nest-free, so the
 * router that writes them, the subgraphs' middleware that reads them and the router's benchmark
 * agree. A subgraph only sees the router's socket; these carry the caller behind it.
 */

/** The caller's IP as the router established it (auth throttles sign-ins and audits by it). */
export const CLIENT_IP_HEADER = 'x-client-ip';
/** The caller's User-Agent (the router's own is what subgraphs see as theirs). */
export const CLIENT_USER_AGENT_HEADER = 'x-client-user-agent';
/** The calling application's name (Apollo's convention), read by the router and passed on as sent. */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';
