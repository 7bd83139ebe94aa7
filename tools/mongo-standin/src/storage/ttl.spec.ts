import { describe, expect, it } from 'vitest';
import { Collection } from './collection.js';
import { parseIndexSpec } from './index-spec.js';
import { expireDocuments } from './ttl.js';

describe('expireDocuments', () => {
  it('removes documents whose indexed date is older than expireAfterSeconds, and only those', () => {
    const sessions = new Collection('db', 'sessions');
    sessions.createIndex(parseIndexSpec({ key: { seenAt: 1 }, expireAfterSeconds: 60 }));
    const now = new Date('2026-01-01T00:10:00Z');
    sessions.insert({ _id: 'old', seenAt: new Date('2026-01-01T00:08:59Z') });
    sessions.insert({ _id: 'fresh', seenAt: new Date('2026-01-01T00:09:30Z') });
    sessions.insert({ _id: 'not-a-date', seenAt: '2020-01-01' });
    sessions.insert({
      _id: 'earliest-counts',
      seenAt: [new Date('2026-01-01T00:09:59Z'), new Date('2025-01-01')],
    });

    expect(expireDocuments([sessions], now)).toBe(2);
    expect(sessions.documents.map((d) => d['_id'])).toEqual(['fresh', 'not-a-date']);
  });
});
