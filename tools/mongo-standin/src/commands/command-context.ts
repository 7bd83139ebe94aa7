import type { CursorRegistry } from '../storage/cursors.js';
import type { Doc } from '../storage/doc.js';
import type { Store } from '../storage/store.js';

/** What a command handler may touch: the server's state and the connection it runs for. */
export interface CommandContext {
  store: Store;
  cursors: CursorRegistry;
  connectionId: number;
  /** The database the command runs in (`$db`). */
  db: string;
}

/** Runs one command synchronously (so it is atomic) and returns the reply without `ok: 1`. */
export type CommandHandler = (command: Doc, context: CommandContext) => Doc;

export interface CommandDefinition {
  handler: CommandHandler;
  /**
   * Fields this command accepts besides the generic ones; any other field is refused as MongoDB does
   * (error 40415), so an option the stand-in would silently ignore never goes unnoticed.
   * `'*'` accepts anything (the handshake, whose fields vary by driver).
   */
  fields: readonly string[] | '*';
}
