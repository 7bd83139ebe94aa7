import { routerFetch } from '@/lib/client-address/router-fetch';
import { serverConfig } from '@/lib/config/server-config';
import { createSessionRoute } from '@/lib/session-server/session-route';

// POST /api/session/refresh: see docs/decisions/1001-web-session-cookie.md.
export const dynamic = 'force-dynamic';

export const POST = createSessionRoute('refresh', {
  graphqlUrl: serverConfig.graphqlUrl,
  fetch: routerFetch,
});
