import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { reportUnexpectedError } from '@packyourbag/error-reports';
import { ErrorCode } from '../errors/error-code.js';
import { BodyTooLargeError, readBody } from '../http/read-body.js';
import { sendGraphQLError } from '../http/send-json.js';
import type { Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER } from '../logging/logger.js';
import { refuseUntrusted, type RouterTrustCheck, type RouterTrustState } from './router-trust.js';

/** A connect-style middleware on plain node:http objects (it runs on both paths). */
export type NodeMiddleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The context function Nest's Apollo driver hands its Express middleware (`{ req, res }`). */
export type GraphQLContextFunction = (args: {
  req: RouterTrustState;
  res: ServerResponse;
}) => Promise<BaseContext>;

export interface GraphQLFastPathOptions {
  apollo: ApolloServer<BaseContext>;
  context: GraphQLContextFunction;
  check: RouterTrustCheck;
  /** The GraphQL endpoint's exact path. */
  path: string;
  bodyLimitBytes: number;
  /** Run around every request it serves, in order (Express runs them on its routes too). */
  middleware?: readonly NodeMiddleware[];
  logger: Logger;
}

/** Serves the request and returns true, or returns false and leaves it to the next listener. */
export type GraphQLFastPath = (request: IncomingMessage, response: ServerResponse) => boolean;

/** What body-parser's JSON parser accepts without help: JSON, UTF-8 or no charset, not compressed. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

function takes(request: IncomingMessage, path: string): boolean {
  if (request.method !== 'POST') return false;
  const url = request.url ?? '';
  const queryStart = url.indexOf('?');
  if ((queryStart === -1 ? url : url.slice(0, queryStart)) !== path) return false;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return PLAIN_JSON.test(request.headers['content-type'] ?? '');
}

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function run(
  middleware: readonly NodeMiddleware[],
  request: IncomingMessage,
  response: ServerResponse,
  last: () => void,
): void {
  const step = (index: number): void => {
    const next = middleware[index];
    if (next) next(request, response, () => step(index + 1));
    else last();
  };
  step(0);
}

/**
 * `POST /graphql` straight from node:http to Apollo Server (decision 1450): the raw body read
 * once (same limit), the router trust check over those bytes, the context Nest would build, and
 * Apollo's `executeHTTPGraphQLRequest` — without Express's router, body-parser or Nest's
 * middleware, which cost more per call than the check itself. Anything else it does not take
 * (other paths and methods, other content types or encodings) goes on to Express unchanged.
 */
export function createGraphQLFastPath(options: GraphQLFastPathOptions): GraphQLFastPath {
  const { apollo, check, path, bodyLimitBytes, logger } = options;
  const middleware = options.middleware ?? [];

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(request, bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      logger.warn({ path, limitBytes: bodyLimitBytes }, 'refused a request body over the limit');
      sendGraphQLError(response, 413, {
        message: error.message,
        extensions: { code: ErrorCode.PayloadTooLarge, max: bodyLimitBytes },
      });
      return;
    }

    const outcome = await check({ path, headers: request.headers, rawBody: raw });
    if (outcome.kind === 'refused') return refuseUntrusted(response, outcome);

    let body: unknown = {};
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        sendGraphQLError(
          response,
          400,
          {
            message: 'The request body is not valid JSON.',
            extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
          },
          { [REQUEST_ID_HEADER]: outcome.requestId },
        );
        return;
      }
    }

    const { kind: _kind, ...state } = outcome;
    const url = request.url ?? '';
    const queryStart = url.indexOf('?');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: headerMapOf(request),
        search: queryStart === -1 ? '' : url.slice(queryStart),
        body,
      },
      context: () => options.context({ req: state, res: response }),
    });

    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.setHeader('content-length', Buffer.byteLength(result.body.string));
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  function fail(request: IncomingMessage, response: ServerResponse, error: unknown): void {
    // A caller that hung up mid-body is not a fault here; there is nobody left to answer.
    if (request.destroyed && !request.complete) return;
    logger.error({ err: error, path }, 'unexpected error serving a GraphQL request');
    reportUnexpectedError(error, {});
    if (!response.headersSent) {
      sendGraphQLError(response, 500, {
        message: 'Internal server error',
        extensions: { code: ErrorCode.InternalServerError },
      });
    } else {
      response.destroy();
    }
  }

  return (request, response) => {
    if (!takes(request, path)) return false;
    run(middleware, request, response, () => {
      serve(request, response).catch((error: unknown) => fail(request, response, error));
    });
    return true;
  };
}
