/**
 * Every write the API acknowledged during the fault run, kept so that afterwards each can be
 * looked for in the stores:
 * - a created item: its id and name must be in packing's items;
 * - a trip check-off or uncheck: the item's final checked state must be what the last
 *   acknowledged one made it. A failed write may or may not have happened, so it makes the state
 *   unknown until the next acknowledged one; a write that hung may still land at any time, so the
 *   item is then not judged at all (counted apart). Each user's requests run one at a time, so the
 *   order of an item's writes is the order they were sent;
 * - an account deletion: none of the account's rows may stay in auth or packing once the
 *   lifecycle consumer has caught up.
 */

export interface CreatedItem {
  id: string;
  name: string;
}

export interface CheckState {
  tripId: string;
  itemId: string;
  /** What the last acknowledged write made it; undefined when a later write failed. */
  checked: boolean | undefined;
  /** A write to it hung: it may land later, so the final state proves nothing. */
  hung: boolean;
}

export type CheckWrite = 'check' | 'uncheck';

export class WriteLedger {
  readonly createdItems: CreatedItem[] = [];
  readonly deletedAccounts: string[] = [];
  private readonly checks = new Map<string, CheckState>();
  private acknowledgedCheckWrites = 0;

  itemCreated(item: CreatedItem): void {
    this.createdItems.push(item);
  }

  accountDeleted(userId: string): void {
    this.deletedAccounts.push(userId);
  }

  /** One check-off or uncheck and how it ended: acknowledged, failed with an answer, or hung. */
  checkWrite(
    tripId: string,
    itemId: string,
    write: CheckWrite,
    ending: 'acknowledged' | 'failed' | 'hung',
  ): void {
    const key = `${tripId}/${itemId}`;
    const state = this.checks.get(key) ?? { tripId, itemId, checked: undefined, hung: false };
    if (ending === 'acknowledged') {
      state.checked = write === 'check';
      this.acknowledgedCheckWrites += 1;
    } else {
      state.checked = undefined;
      if (ending === 'hung') state.hung = true;
    }
    this.checks.set(key, state);
  }

  /** Acknowledged writes in all: items created, check-offs and unchecks, account deletions. */
  get acknowledged(): number {
    return this.createdItems.length + this.acknowledgedCheckWrites + this.deletedAccounts.length;
  }

  get acknowledgedCheckOffs(): number {
    return this.acknowledgedCheckWrites;
  }

  /** Checklist entries whose final state is known: the last write to them was acknowledged, none hung. */
  knownChecks(): (CheckState & { checked: boolean })[] {
    return [...this.checks.values()].filter(
      (state): state is CheckState & { checked: boolean } => state.checked !== undefined && !state.hung,
    );
  }

  /** Checklist entries written to whose final state proves nothing (a failed or hung last write). */
  unknownChecks(): number {
    return this.checks.size - this.knownChecks().length;
  }
}
