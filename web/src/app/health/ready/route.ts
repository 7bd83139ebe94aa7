import { serverConfig } from '@/lib/config/server-config';
import { checkRouterReadiness } from '@/lib/health/router-readiness';

// Readiness: the web app is only useful when the router behind its /graphql rewrite is ready.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkRouterReadiness({ graphqlUrl: serverConfig.graphqlUrl });
  const headers = { 'cache-control': 'no-store' };
  return readiness.ready
    ? Response.json({ status: 'ready' }, { headers })
    : Response.json({ status: 'not-ready', reason: readiness.reason }, { status: 503, headers });
}
