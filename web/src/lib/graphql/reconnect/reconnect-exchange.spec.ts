import { parse } from 'graphql';
import { Client, fetchExchange } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnectionStatus, type ConnectionStatus } from './connection-status';
import { reconnectExchange } from './reconnect-exchange';

// A stand-in for the web server's /graphql (named as such): the real fetchExchange reads its
// Response objects, so a 503 with Retry-After reaches the exchange as urql really delivers it.
type Answer = { status: number; body: unknown; headers?: Record<string, string> };
const UNAVAILABLE: Answer = {
  status: 503,
  headers: { 'retry-after': '2' },
  body: {
    data: null,
    errors: [{ message: 'Part of PackYourBag is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
  },
};
const ANSWERED: Answer = { status: 200, body: { data: { me: { __typename: 'User', id: 'u1' } } } };

// parse(), not the gql tag: codegen reads every gql-tagged document under web/src and validates it
// against the supergraph, and SAVE is a made-up mutation.
const ME = parse('query ReconnectSpecMe { me { id } }');
const SAVE = parse('mutation ReconnectSpecSave { save }');

let answers: Answer[];
let sentAt: number[];
let status: ConnectionStatus;

function client(): Client {
  const fakeFetch = vi.fn(async () => {
    sentAt.push(Date.now());
    const answer = answers.shift() ?? ANSWERED;
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  });
  return new Client({
    url: 'http://web.test/graphql',
    fetch: fakeFetch,
    exchanges: [reconnectExchange({ status, random: () => 0.999999 }), fetchExchange],
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  answers = [];
  sentAt = [];
  status = createConnectionStatus();
});
afterEach(() => vi.useRealTimers());

describe('reconnectExchange', () => {
  it('keeps a read through an outage: retried no sooner than Retry-After, delivered once answered', async () => {
    answers = [UNAVAILABLE, UNAVAILABLE];
    const results: unknown[] = [];
    client()
      .query(ME, {})
      .subscribe((result) => results.push(result.data));

    await vi.advanceTimersByTimeAsync(1999);
    expect(sentAt).toEqual([0]);
    expect(status.get()).toBe('reconnecting');
    expect(results).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sentAt).toEqual([0, 2000]);
    // The second backoff (2 s, full) is also what Retry-After asks: then the answer.
    await vi.advanceTimersByTimeAsync(2000);
    expect(sentAt).toEqual([0, 2000, 4000]);
    expect(results).toEqual([{ me: { __typename: 'User', id: 'u1' } }]);
    expect(status.get()).toBe('connected');
  });

  it('backs off by doubling, capped, for as long as the outage lasts', async () => {
    answers = Array.from({ length: 7 }, () => ({ ...UNAVAILABLE, headers: {} }));
    client()
      .query(ME, {})
      .subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(60_000);
    const waits = sentAt.slice(1).map((time, index) => time - sentAt[index]!);
    expect(waits).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    expect(status.get()).toBe('connected');
  });

  it('never replays a write: its outage reaches the form at once, and the banner waits for the next answer', async () => {
    answers = [UNAVAILABLE];
    const api = client();
    const saved = await api.mutation(SAVE, {}).toPromise();
    expect(saved.error?.graphQLErrors[0]?.extensions['code']).toBe('SERVICE_UNAVAILABLE');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sentAt).toEqual([0]);
    expect(status.get()).toBe('reconnecting');
    await api.query(ME, {}).toPromise();
    expect(status.get()).toBe('connected');
  });

  it('stops retrying a read the page no longer wants', async () => {
    answers = [UNAVAILABLE, UNAVAILABLE];
    const subscription = client()
      .query(ME, {})
      .subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(100);
    subscription.unsubscribe();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sentAt).toEqual([0]);
    expect(status.get()).toBe('connected');
  });

  it('passes other errors through untouched (the API is there)', async () => {
    answers = [
      {
        status: 200,
        body: { data: null, errors: [{ message: 'No.', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ];
    const result = await client().query(ME, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sentAt).toEqual([0]);
    expect(status.get()).toBe('connected');
  });

  it('treats a 502 from the web server (router unreachable) as an outage too', async () => {
    answers = [{ status: 502, body: 'Bad Gateway' }];
    const results: unknown[] = [];
    client()
      .query(ME, {})
      .subscribe((result) => results.push(result.data));
    await vi.advanceTimersByTimeAsync(1);
    expect(status.get()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sentAt).toEqual([0, 1000]);
    expect(results).toHaveLength(1);
  });
});
