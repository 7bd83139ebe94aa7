/** Where a store came from, in order of preference; printed at start-up so nobody has to guess. */
export type StoreSource = 'environment' | 'local server' | 'embedded' | 'memory server' | 'stand-in' | 'none';

export interface StoreChoice {
  source: StoreSource;
  /** URL services connect with; undefined when there is no such store (Redis: none). */
  url: string | undefined;
  /** One line for the start-up banner ("PostgreSQL: local server 127.0.0.1:5432 (PostgreSQL 15.14)"). */
  description: string;
  /** Releases what this process started (embedded server, stand-in); a no-op for external servers. */
  stop(): Promise<void>;
}

export const nothingToStop = async (): Promise<void> => undefined;

/** Hides a password in a URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
