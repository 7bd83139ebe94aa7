import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../caller/caller.js';
import { createRevocationList, type RevocationList } from './revocation-list.js';
import type { RevocationSnapshot } from './revocation-snapshot.js';

const session = (sessionId: string): Caller => ({
  userId: 'u',
  tokenId: 'access-jti',
  sessionId,
  scopes: new Set(),
  kind: 'session',
});
const personal = (tokenId: string): Caller => ({ userId: 'u', tokenId, scopes: new Set(), kind: 'personal' });
const snapshot = (jtis: string[], sessions: string[]): RevocationSnapshot => ({
  jtis,
  sessions,
  generatedAt: new Date().toISOString(),
});

let list: RevocationList | undefined;
afterEach(() => {
  list?.stop();
  vi.useRealTimers();
});

describe('revocation list', () => {
  it('refuses revoked session families and personal tokens by their own id, and nothing else', async () => {
    list = createRevocationList({ load: () => Promise.resolve(snapshot(['pat-1'], ['family-1'])) });
    await list.refresh();

    expect(list.isRevoked(session('family-1'))).toBe(true);
    expect(list.isRevoked(session('family-2'))).toBe(false);
    expect(list.isRevoked(personal('pat-1'))).toBe(true);
    expect(list.isRevoked(personal('family-1'))).toBe(false);
    // A session token whose jti happens to equal a revoked PAT id is not a PAT.
    expect(list.isRevoked({ ...session('family-2'), tokenId: 'pat-1' })).toBe(false);
  });

  it('reloads every refreshMs in the background', async () => {
    vi.useFakeTimers();
    let revoked: string[] = [];
    list = createRevocationList({
      load: () => Promise.resolve(snapshot(revoked, [])),
      refreshMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(list.isRevoked(personal('pat-9'))).toBe(false);

    revoked = ['pat-9'];
    await vi.advanceTimersByTimeAsync(999);
    expect(list.isRevoked(personal('pat-9'))).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(list.isRevoked(personal('pat-9'))).toBe(true);
  });

  it('keeps the last good list when a reload fails, and logs', async () => {
    let fail = false;
    const warn = vi.fn();
    list = createRevocationList({
      load: () => (fail ? Promise.reject(new Error('auth down')) : Promise.resolve(snapshot(['pat-1'], []))),
      logger: { warn } as never,
    });
    await list.refresh();
    fail = true;

    await expect(list.refresh()).resolves.toBe(false);
    expect(list.isRevoked(personal('pat-1'))).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
  });

  describe('from a URL', () => {
    let server: Server;
    let body: unknown = snapshot(['pat-http'], ['family-http']);
    beforeAll(async () => {
      server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the feed, and ignores a malformed document', async () => {
      const { port } = server.address() as AddressInfo;
      list = createRevocationList({ url: `http://127.0.0.1:${port}/.well-known/revoked-tokens` });
      await expect(list.refresh()).resolves.toBe(true);
      expect(list.isRevoked(personal('pat-http'))).toBe(true);
      expect(list.isRevoked(session('family-http'))).toBe(true);

      body = { jtis: 'everything' };
      await expect(list.refresh()).resolves.toBe(false);
      expect(list.isRevoked(personal('pat-http'))).toBe(true);
    });
  });
});
