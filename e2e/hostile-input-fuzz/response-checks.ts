import { RouterErrorCode } from '@packyourbag/router/error-codes';
import { ErrorCode, REQUEST_ERROR_CODES } from '@packyourbag/service-kit';

/**
 * The codes a caller may see, read from the code that defines them: service-kit's ErrorCode (every
 * service), the GraphQL request codes the mask lets through, and the router's own codes. Listed in
 * router/README.md and packages/service-kit/README.md. INTERNAL_SERVER_ERROR is documented but is
 * the server admitting a fault: hostile input must never cause one.
 */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  ...REQUEST_ERROR_CODES,
  ...Object.values(RouterErrorCode),
]);

const SERVER_FAULT = ErrorCode.InternalServerError;

/** What leaks look like: stack frames, SQL and driver errors, file paths, exception class names. */
export const LEAK_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/)?\/?[\w./-]+\.[cm]?[jt]sx?:\d+(?::\d+)?\)?/],
  ['stacktrace field', /"stacktrace"/i],
  ['file path', /(?:\/(?:work|home|usr|opt|app|srv|tmp|root)\/[\w.-]+\/|node_modules|[A-Z]:\\\\[\w.-]+\\\\)/],
  ['source file', /\b[\w-]+\.(?:service|resolver|module|repository|plugin)\.[jt]s\b/],
  ['SQL', /\b(?:SELECT\s+[\w"*,. ]+\s+FROM|INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM)\b/i],
  [
    'database error',
    /(?:syntax error at or near|invalid byte sequence|violates (?:unique|foreign key|check|not-null) constraint|relation "[^"]+" does not exist|duplicate key value|invalid input syntax for|value too long for type|out of range for type|unsupported Unicode escape sequence|ECONNREFUSED|ECONNRESET)/i,
  ],
  [
    'exception name',
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError|Prisma\w*Error|PrismaClient\w*|DriverAdapterError|QueryFailedError|MongoServerError|MongoError|BSONError|CastError|ValidationError|HttpException|InternalServerErrorException|UnhandledPromiseRejection)\b/,
  ],
];

/** One request's answer, as read off the wire. */
export interface WireAnswer {
  status: number;
  text: string;
}

interface GraphQLErrorShape {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
}

/**
 * The properties every answer to hostile input must have; returns what is wrong (empty when
 * fine). `echoes` are strings the case sent, which the answer may repeat (a name stored as sent,
 * an id in a NOT_FOUND message) and which therefore do not count as leaks.
 */
export function violationsOf(answer: WireAnswer, echoes: readonly string[]): string[] {
  const violations: string[] = [];
  if (answer.status >= 500) violations.push(`HTTP ${answer.status}`);
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return [...violations, `body is not JSON: ${answer.text.slice(0, 200)}`];
  }
  const errors = Array.isArray(body.errors) ? (body.errors as GraphQLErrorShape[]) : [];
  if (body.data === undefined && errors.length === 0) violations.push('neither data nor errors');
  for (const error of errors) {
    const code = error.extensions?.code;
    const where = Array.isArray(error.path) ? ` at ${error.path.join('.')}` : '';
    if (typeof code !== 'string')
      violations.push(`an error without extensions.code${where}: ${String(error.message)}`);
    else if (code === SERVER_FAULT) violations.push(`${code}${where}`);
    else if (!DOCUMENTED_CODES.has(code)) violations.push(`undocumented code ${code}${where}`);
  }
  let scanned = answer.text;
  for (const echo of new Set(echoes)) {
    // Only an echo that itself looks like a leak needs hiding ("'; DROP TABLE", "TypeError").
    for (const form of [echo, JSON.stringify(echo).slice(1, -1)]) {
      if (LEAK_PATTERNS.some(([, pattern]) => pattern.test(form)) && scanned.includes(form)) {
        scanned = scanned.split(form).join('«echo»');
      }
    }
  }
  for (const [name, pattern] of LEAK_PATTERNS) {
    const match = pattern.exec(scanned);
    if (match) {
      const start = Math.max(0, match.index - 60);
      violations.push(`${name} in the body: …${scanned.slice(start, match.index + match[0].length + 60)}…`);
    }
  }
  return violations;
}
