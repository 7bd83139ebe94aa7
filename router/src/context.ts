import type { Caller, Logger } from '@packyourbag/service-kit';

/** What the router knows about one request; the GraphQL context of every operation it serves. */
export interface RouterContext {
  requestId: string;
  /** A child logger that stamps every line with the request id. */
  logger: Logger;
  /** The verified caller; absent for anonymous requests. */
  caller?: Caller;
  /** The caller's `Authorization` header exactly as received, forwarded unchanged to subgraphs. */
  authorization?: string;
  /** The caller's `apollographql-client-name`, forwarded to subgraphs. */
  clientName?: string;
  /** The caller's IP: the socket peer, or X-Forwarded-For's first hop behind a trusted proxy. */
  clientIp: string;
  /** The caller's `User-Agent`, forwarded to subgraphs as `x-client-user-agent`. */
  userAgent?: string;
  /**
   * What plugins add to the request's access log line. An object of its own because Apollo Server
   * hands plugins a shallow copy of the context: fields set on the copy would be lost.
   */
  accessLog: AccessLogFields;
}

export interface AccessLogFields {
  /** The operation name once the document is resolved. */
  operationName?: string;
  /** Whether the response carries errors. */
  hadErrors?: boolean;
  /** Whether one of them is ours (masked as INTERNAL_SERVER_ERROR), not the caller's mistake. */
  hadServerErrors?: boolean;
}
