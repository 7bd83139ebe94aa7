import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session-store';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const session: Session = {
  accessToken: 'token-1',
  expiresAt: '2026-11-21T05:00:00.000Z',
  email: 'ada@example.com',
};
const beforeExpiry = () => Date.parse('2026-11-21T04:00:00.000Z');

describe('createSessionStore', () => {
  it('starts signed out with empty storage', () => {
    const store = createSessionStore({ storage: memoryStorage(), now: beforeExpiry });
    expect(store.getSnapshot()).toEqual({ status: 'signed-out' });
    expect(store.accessToken()).toBeUndefined();
  });

  it('keeps a signed-in session in storage so a reload of the tab restores it', () => {
    const storage = memoryStorage();
    createSessionStore({ storage, now: beforeExpiry }).signIn(session);

    const reloaded = createSessionStore({ storage, now: beforeExpiry });
    expect(reloaded.getSnapshot()).toEqual({ status: 'signed-in', session });
    expect(reloaded.accessToken()).toBe('token-1');
  });

  it('returns the same snapshot object until the session changes', () => {
    const store = createSessionStore({ storage: memoryStorage(), now: beforeExpiry });
    store.signIn(session);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('notifies subscribers and clears storage on sign-out', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, now: beforeExpiry });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.signIn(session);
    store.signOut();
    unsubscribe();
    store.signIn(session);

    expect(calls).toBe(2);
    expect(storage.items.size).toBe(1);
  });

  it('treats an expired token as signed out', () => {
    let now = beforeExpiry();
    const store = createSessionStore({ storage: memoryStorage(), now: () => now });
    store.signIn(session);
    now = Date.parse(session.expiresAt);
    expect(store.getSnapshot()).toEqual({ status: 'signed-out' });
    expect(store.accessToken()).toBeUndefined();
  });

  it('ignores a corrupt stored entry', () => {
    const storage = memoryStorage();
    storage.setItem('pyb.session', '{"accessToken":');
    expect(createSessionStore({ storage }).getSnapshot()).toEqual({ status: 'signed-out' });
  });
});
