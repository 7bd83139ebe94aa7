/**
 * The port a service says it listens on, read from one line of its output, or undefined. Scenario
 * stacks start services on PORT=0 so that no port is picked before it is bound (decision 1480):
 * the OS picks one, and this line is how the stack learns which. Two forms are announced:
 * - the subgraphs' and the router's JSON log line, `"msg":"listening"` or `"router listening"`
 *   with the `url` it serves on;
 * - the web server's plain `web: listening on http://host:port (…)`.
 */
export function announcedPort(line: string): number | undefined {
  return portOf(line.startsWith('{') ? urlOfLogRecord(line) : LISTENING_ON.exec(line)?.[1]);
}

const LISTENING_ON = /^[\w-]+: listening on (http:\/\/\S+)/;

function urlOfLogRecord(line: string): string | undefined {
  try {
    const record: unknown = JSON.parse(line);
    if (!record || typeof record !== 'object') return undefined;
    const { msg, url } = record as { msg?: unknown; url?: unknown };
    return typeof msg === 'string' && /(^| )listening$/.test(msg) && typeof url === 'string'
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

function portOf(url: string | undefined): number | undefined {
  if (!url) return undefined;
  try {
    const port = Number(new URL(url).port);
    return port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}
