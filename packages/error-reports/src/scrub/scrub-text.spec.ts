import { describe, expect, it } from 'vitest';
import { isSensitiveKey, scrubText } from './scrub-text.js';

describe('scrubText', () => {
  it.each([
    ['mail hiker@example.com now', 'mail [email] now'],
    ['?email=hiker%40example.com', '?email=[email]'],
    ['Bearer abc.def-ghi', 'Bearer [Filtered]'],
    ['authorization: Basic dXNlcjpwYXNz', 'authorization: Basic [Filtered]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature-1', 'token [jwt]'],
    ['refresh Q2hhbmdlIG1lIHRvIGEgcmFuZG9tIHZhbHVlIHBsZWFzZQ!', 'refresh [secret]!'],
    ['from 203.0.113.7:5432', 'from [ip]:5432'],
    ['from ::1 and fe80::1%eth0', 'from [ip] and [ip]%eth0'],
    ['at [2001:db8:0:0:0:0:2:1]:4000', 'at [[ip]]:4000'],
  ])('%s → %s', (input, output) => {
    expect(scrubText(input)).toBe(output);
  });

  it.each([
    'connect ECONNREFUSED to the packing database',
    'at handler (/srv/app/dist/lists/list.service.js:12:5)',
    'request 7f3e2a10-5b1c-4d2e-9f00-1a2b3c4d5e6f took 12:30:45',
    'trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7',
    'Foo::bar version 1.2.3',
  ])('leaves text without personal data as it is: %s', (input) => {
    expect(scrubText(input)).toBe(input);
  });
});

describe('isSensitiveKey', () => {
  it.each([
    'authorization',
    'Cookie',
    'set-cookie',
    'password',
    'refreshToken',
    'email',
    'variables',
    'ip',
    'x-forwarded-for',
    'clientIp',
    'ip_address',
  ])('%s is never sent', (key) => expect(isSensitiveKey(key)).toBe(true));

  it.each(['request_id', 'trace_id', 'service', 'status', 'url', 'description', 'zip'])('%s is kept', (key) =>
    expect(isSensitiveKey(key)).toBe(false),
  );
});
