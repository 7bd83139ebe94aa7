/** Where the stand-in writes its few lines (start banner, connection problems). */
export interface MongoStandinLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface MongoStandinOptions {
  /**
   * Interface to listen on. Keep it on loopback: the stand-in has no authentication.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * TCP port; 0 picks a free one (read it back from `port` / `url`).
   * @default 0
   */
  port?: number;
  /**
   * Database name put in the returned `url`.
   * @default 'test'
   */
  database?: string;
  /**
   * Receives the start banner and connection errors.
   * @default a logger writing to the console (stderr)
   */
  logger?: MongoStandinLogger;
}

export interface RunningMongoStandin {
  /** A `mongodb://host:port/database` URL for mongoose or the mongodb driver. */
  url: string;
  port: number;
  /** Closes every connection and stops listening; the in-memory data is gone after this. */
  close(): Promise<void>;
}
