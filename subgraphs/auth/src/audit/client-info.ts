import type { RequestContext } from '@packyourbag/service-kit';

/** Who is on the other end, as the router forwarded it: raw here, anonymised before it is stored. */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export function clientInfoOf(context: RequestContext): ClientInfo {
  return {
    ...(context.clientIp ? { ip: context.clientIp } : {}),
    ...(context.userAgent ? { userAgent: context.userAgent } : {}),
  };
}
