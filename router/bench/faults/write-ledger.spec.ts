import { describe, expect, it } from 'vitest';
import { WriteLedger } from './write-ledger.js';

describe('WriteLedger', () => {
  it('expects the state the last acknowledged check-off or uncheck left', () => {
    const ledger = new WriteLedger();
    ledger.checkWrite('trip', 'a', 'check', 'acknowledged');
    ledger.checkWrite('trip', 'a', 'uncheck', 'acknowledged');
    ledger.checkWrite('trip', 'b', 'check', 'failed');
    ledger.checkWrite('trip', 'b', 'check', 'acknowledged');
    expect(ledger.knownChecks().map(({ itemId, checked }) => [itemId, checked])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(ledger.acknowledgedCheckOffs).toBe(3);
  });

  it('leaves an entry unjudged when its last write failed, and for good once one hung', () => {
    const ledger = new WriteLedger();
    ledger.checkWrite('trip', 'a', 'check', 'acknowledged');
    ledger.checkWrite('trip', 'a', 'uncheck', 'failed');
    ledger.checkWrite('trip', 'b', 'check', 'hung');
    ledger.checkWrite('trip', 'b', 'uncheck', 'acknowledged');
    expect(ledger.knownChecks()).toEqual([]);
    expect(ledger.unknownChecks()).toBe(2);
  });

  it('counts items created, check-offs and deletions as acknowledged writes', () => {
    const ledger = new WriteLedger();
    ledger.itemCreated({ id: 'i', name: 'Tent' });
    ledger.checkWrite('trip', 'a', 'check', 'acknowledged');
    ledger.accountDeleted('u');
    expect(ledger.acknowledged).toBe(3);
  });
});
