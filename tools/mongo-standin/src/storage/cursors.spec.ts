import { Long } from 'bson';
import { describe, expect, it } from 'vitest';
import { CURSOR_TIMEOUT_MS, CursorRegistry, MAX_BATCH_BYTES } from './cursors.js';

describe('CursorRegistry', () => {
  it('closes the cursor with the first batch when nothing remains, or when singleBatch', () => {
    const cursors = new CursorRegistry();
    expect(cursors.start('db.c', [{ a: 1 }], 5)).toMatchObject({ cursor: { id: Long.ZERO } });
    expect(cursors.start('db.c', [{ a: 1 }, { a: 2 }], 1, true)).toMatchObject({ cursor: { id: Long.ZERO } });
    expect(cursors.size).toBe(0);
  });

  it('keeps batches under the 16 MB batch limit', () => {
    const big = 'x'.repeat(6 * 1024 * 1024);
    const cursors = new CursorRegistry();
    const reply = cursors.start('db.c', [{ big }, { big }, { big }, { big }], 101) as {
      cursor: { firstBatch: unknown[]; id: Long };
    };
    expect(reply.cursor.firstBatch).toHaveLength(2);
    expect(2 * big.length).toBeLessThan(MAX_BATCH_BYTES);
    const next = cursors.getMore(reply.cursor.id, 'db.c', undefined) as { cursor: { nextBatch: unknown[] } };
    expect(next.cursor.nextBatch).toHaveLength(2);
  });

  it('refuses getMore from another namespace and reaps idle cursors', () => {
    let now = 0;
    const cursors = new CursorRegistry(() => now);
    const { cursor } = cursors.start('db.c', [{ a: 1 }, { a: 2 }], 1) as { cursor: { id: Long } };
    expect(() => cursors.getMore(cursor.id, 'db.other', 1)).toThrow(/not found/);
    now = CURSOR_TIMEOUT_MS - 1;
    expect(cursors.sweep()).toBe(0);
    now = CURSOR_TIMEOUT_MS + 1;
    expect(cursors.sweep()).toBe(1);
    expect(() => cursors.getMore(cursor.id, 'db.c', 1)).toThrow(/not found/);
  });
});
