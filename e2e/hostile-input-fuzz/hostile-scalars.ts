// Hostile values for the API's scalars with a format: numbers, booleans, dates, emails, passwords,
// currencies, URLs, locales, scopes and opaque tokens (strings in general: hostile-text.ts).
import fc from 'fast-check';
import { anyText, hostileText, knownOrAnyText, SPECIAL_CHARACTERS } from './hostile-text.js';
import { RawJsonNumber } from './value-template.js';

const INT_BOUNDARIES = [
  0,
  -0,
  1,
  -1,
  2,
  9,
  10,
  99,
  100,
  101,
  365,
  366,
  999,
  1000,
  1001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53),
  99_999_999,
  100_000_000,
  1e9,
  1e15,
  1e21,
  1e308,
  -1e308,
  0.5,
  -0.5,
  1.0000001,
  5e-324,
];

/** Numbers JSON can carry only as text, and strings that look like numbers. */
const numberLike = fc.oneof(
  fc
    .constantFrom(
      '1e999',
      '-1e999',
      '1e-999',
      '-0',
      '123456789012345678901234567890',
      '0.0',
      '1E2',
      '-2147483649',
    )
    .map((text) => new RawJsonNumber(text)),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '0x10', '1_000', ' 7', '7 ', '1e3', '', '٣'),
);

/** Int and Float inputs: small valid numbers, boundaries, any 32-bit or double value, number-likes. */
export const anyNumber = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 1_000 }), weight: 8 },
  { arbitrary: fc.constantFrom(...INT_BOUNDARIES), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: numberLike, weight: 1 },
);

export const anyBoolean = fc.oneof(
  { arbitrary: fc.boolean(), weight: 8 },
  { arbitrary: fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes'), weight: 1 },
);

/** YYYY-MM-DD inputs: real dates, impossible ones, other formats. */
export const anyDate = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      '2027-02-29',
      '2028-02-29',
      '2027-02-30',
      '2027-13-01',
      '2027-00-10',
      '0000-01-01',
      '9999-12-31',
      '+275760-09-13',
      '-000001-01-01',
      '2027-7-4',
      '2027-07-14T00:00:00Z',
      '14/07/2027',
      '20270714',
    ),
    weight: 3,
  },
  { arbitrary: hostileText, weight: 1 },
);

/** A new, valid, unique-looking address or a hostile variant of one. */
export const anyEmail = fc.oneof(
  { arbitrary: fc.emailAddress(), weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.emailAddress(), fc.constantFrom(...SPECIAL_CHARACTERS), fc.nat())
      .map(([address, character, at]) => {
        const position = at % (address.length + 1);
        return `${address.slice(0, position)}${character}${address.slice(position)}`;
      }),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      'a@b',
      '@example.com',
      'kim@',
      'kim@@example.com',
      'KIM@EXAMPLE.COM',
      ' kim@example.com ',
    ),
    weight: 1,
  },
  { arbitrary: anyText, weight: 1 },
);

/** Passwords: weak ones the policy should refuse, long ones, hostile ones. */
export const anyPassword = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '           ',
      '          a',
      '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000',
      'password123',
      '1234567890',
      'correct horse battery staple',
      'a'.repeat(10),
      'é'.repeat(10),
      'e\u0301'.repeat(5),
    ),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 }), weight: 2 },
  { arbitrary: anyText, weight: 2 },
);

/** ISO 4217-ish codes: valid, lower-case, unknown, wrong length, hostile. */
export const anyCurrency = knownOrAnyText(
  fc.constantFrom('USD', 'EUR', 'JPY', 'CHF', 'usd', 'XXX', 'ZZZ', 'US', 'EURO', 'E\u0000R'),
  3,
);

export const anyUrl = fc.oneof(
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.com/',
      'http://',
      '//evil.example',
      'https://exa\u0000mple.com/',
      'https://xn--80ak6aa92e.com/',
      `https://example.com/${'a'.repeat(2100)}`,
    ),
    weight: 2,
  },
  { arbitrary: anyText, weight: 1 },
);

export const anyLocale = knownOrAnyText(
  fc.constantFrom('en-US', 'de', 'en-gb', 'zh-Hant-TW', 'x-private', 'i-klingon', 'en_US', 'root', 'und'),
  3,
);

export const anyScope = fc.oneof(
  {
    arbitrary: fc.constantFrom('packing:read', 'packing:write', 'preferences:read', 'preferences:write'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('admin', 'packing:*', 'PACKING:READ', 'auth:write', ''), weight: 1 },
  { arbitrary: anyText, weight: 1 },
);

/** Base64url tokens of the right and wrong lengths (share tokens are 22 characters). */
export const anyOpaqueToken = fc.oneof(
  {
    arbitrary: fc.base64String({ minLength: 20, maxLength: 24 }).map((text) => text.replace(/[+/=]/g, '_')),
    weight: 2,
  },
  { arbitrary: anyText, weight: 2 },
);
