import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session-store';

const session: Session = {
  accessToken: 'token-1',
  expiresAt: '2026-11-21T05:00:00.000Z',
  user: { id: 'u1', email: 'ada@example.com', isGuest: false },
};
const beforeExpiry = () => Date.parse('2026-11-21T04:00:00.000Z');

describe('createSessionStore', () => {
  it('starts unknown until the web server has answered', () => {
    const store = createSessionStore({ now: beforeExpiry });
    expect(store.getSnapshot()).toEqual({ status: 'unknown' });
    expect(store.accessToken()).toBeUndefined();
  });

  it('hands out the token while signed in and returns the same snapshot object until it changes', () => {
    const store = createSessionStore({ now: beforeExpiry });
    store.signIn(session);
    expect(store.accessToken()).toBe('token-1');
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    expect(store.getSnapshot()).toEqual({ status: 'signed-in', session });
  });

  it('adopts a user the server vouched for without handing out a token until a refresh brings one', () => {
    const store = createSessionStore({ now: beforeExpiry });
    store.adopt(session.user);
    expect(store.getSnapshot()).toMatchObject({ status: 'signed-in', session: { user: session.user } });
    expect(store.accessToken()).toBeUndefined();
    store.signIn(session);
    expect(store.accessToken()).toBe('token-1');
  });

  it('adopts only while the session is unknown, so it never overrides what the tab learned', () => {
    const store = createSessionStore({ now: beforeExpiry });
    store.signOut('signed-out');
    store.adopt(session.user);
    expect(store.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    const other = createSessionStore({ now: beforeExpiry });
    other.signIn(session);
    other.adopt({ id: 'u2', email: 'bob@example.com', isGuest: false });
    expect(other.getSnapshot()).toEqual({ status: 'signed-in', session });
  });

  it('keeps nothing in web storage', () => {
    const store = createSessionStore({ now: beforeExpiry });
    store.signIn(session);
    expect(typeof globalThis.sessionStorage).toBe('undefined');
    expect(JSON.stringify(store)).not.toContain('token-1');
  });

  it('notifies subscribers and remembers why the session ended', () => {
    const store = createSessionStore({ now: beforeExpiry });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.signIn(session);
    store.signOut('expired');
    store.signOut('expired');
    unsubscribe();
    store.signIn(session);
    expect(calls).toBe(2);
  });

  it('sends no expired token', () => {
    let now = beforeExpiry();
    const store = createSessionStore({ now: () => now });
    store.signIn(session);
    now = Date.parse(session.expiresAt);
    expect(store.accessToken()).toBeUndefined();
  });
});
