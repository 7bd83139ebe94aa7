import type { ErrorEvent, Event } from '@sentry/node';
import { describe, expect, it } from 'vitest';
import { scrubEvent } from './scrub-event.js';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1c2VyLTEiLCJlbWFpbCI6ImFAYi5jbyJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
const REFRESH = 'Q2hhbmdlIG1lIHRvIGEgcmFuZG9tIHZhbHVlIHBsZWFzZQ';

function anEvent(): ErrorEvent {
  return {
    type: undefined,
    message: `sign-in failed for hiker@example.com from 203.0.113.7`,
    exception: {
      values: [
        {
          type: 'Error',
          value: `refresh ${REFRESH} rejected; auth Bearer ${JWT}; client 2001:db8::7`,
          stacktrace: {
            frames: [{ filename: '/srv/app/dist/main.js', lineno: 12, vars: { password: 'x' } }],
          },
        },
      ],
    },
    user: { id: 'user-1', email: 'hiker@example.com', ip_address: '203.0.113.7' },
    request: {
      method: 'POST',
      url: 'https://packyourbag.example/graphql?token=abc&email=hiker%40example.com',
      headers: {
        authorization: `Bearer ${JWT}`,
        cookie: 'pyb_refresh=cookie-value',
        'x-forwarded-for': '203.0.113.7',
        'x-request-id': 'req-42',
        'content-type': 'application/json',
      },
      cookies: { pyb_refresh: 'cookie-value' },
      data: {
        query: 'mutation SignIn',
        variables: { email: 'hiker@example.com', password: 'a long passphrase' },
      },
      query_string: 'token=abc',
      env: { REMOTE_ADDR: '203.0.113.7' },
    },
    breadcrumbs: [
      { message: 'GET /graphql?email=hiker@example.com', data: { url: '/x', Cookie: 'a=b', status: 500 } },
    ],
    extra: { variables: { email: 'x@y.io' }, note: `token was ${JWT}`, ipAddress: '10.0.0.1' },
    tags: {
      request_id: 'e2e-report-7f3e2a10-5b1c-4d2e-9f00-1a2b3c4d5e6f',
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      service: 'packing',
    },
    contexts: { trace: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' } },
  };
}

describe('scrubEvent', () => {
  it('leaves no email, token, cookie, authorization, variables or IP anywhere in the report', () => {
    const text = JSON.stringify(scrubEvent(anEvent()));
    for (const personal of [
      'hiker@example.com',
      'hiker%40example.com',
      'x@y.io',
      JWT,
      REFRESH,
      'pyb_refresh',
      'cookie-value',
      'a long passphrase',
      '203.0.113.7',
      '10.0.0.1',
      '2001:db8::7',
      'token=abc',
    ]) {
      expect(text, personal).not.toContain(personal);
    }
  });

  it('drops the user, the body, cookies, query string and environment of the request', () => {
    const scrubbed = scrubEvent(anEvent());
    expect(scrubbed.user).toBeUndefined();
    expect(scrubbed.request).toEqual({
      method: 'POST',
      url: 'https://packyourbag.example/graphql',
      headers: {
        authorization: '[Filtered]',
        cookie: '[Filtered]',
        'x-forwarded-for': '[Filtered]',
        'x-request-id': 'req-42',
        'content-type': 'application/json',
      },
    });
  });

  it('keeps what an operator needs: ids, the error type, the stack and what the text says', () => {
    const scrubbed = scrubEvent(anEvent());
    // A long request id would look like a secret to the text rules; our own tags stay as set.
    expect(scrubbed.tags).toEqual({
      request_id: 'e2e-report-7f3e2a10-5b1c-4d2e-9f00-1a2b3c4d5e6f',
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      service: 'packing',
    });
    expect(scrubbed.contexts?.['trace']).toEqual({
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      span_id: '00f067aa0ba902b7',
    });
    const exception = scrubbed.exception?.values?.[0];
    expect(exception?.type).toBe('Error');
    expect(exception?.value).toBe('refresh [secret] rejected; auth Bearer [Filtered]; client [ip]');
    expect(exception?.stacktrace?.frames?.[0]).toMatchObject({
      filename: '/srv/app/dist/main.js',
      lineno: 12,
    });
    expect(scrubbed.message).toBe('sign-in failed for [email] from [ip]');
    expect(scrubbed.breadcrumbs?.[0]).toEqual({
      message: 'GET /graphql?email=[email]',
      data: { url: '/x', Cookie: '[Filtered]', status: 500 },
    });
  });

  it('scrubs a transaction the same way (beforeSendTransaction)', () => {
    const transaction: Event = {
      type: 'transaction',
      transaction: 'POST /graphql for hiker@example.com',
      spans: [
        {
          span_id: 'a',
          trace_id: 'b',
          start_timestamp: 0,
          status: 'ok',
          data: { 'http.client_ip': '203.0.113.7' },
        },
      ],
    };
    const text = JSON.stringify(scrubEvent(transaction));
    expect(text).not.toContain('hiker@example.com');
    expect(text).not.toContain('203.0.113.7');
  });
});
