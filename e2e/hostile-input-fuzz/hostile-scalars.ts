import fc from 'fast-check';
import { RawJsonNumber } from './value-template.js';

/** Characters that have broken real systems: NUL and the C0/C1 controls, bidi overrides, … */
const SPECIAL_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff', // byte-order mark
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\uffff',
  '\ufdd0', // noncharacter
  '\u0301', // combining acute, alone
  'Z\u0335\u0321\u0328a\u0337l\u0336g\u0334o',
  '\ud83c\udf92', // 🎒
  '\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66', // family ZWJ sequence
  '\ud83c\uddfa\ud83c\udde6', // flag
  '\ud808\udc00', // cuneiform, astral
  'ß',
  'İ',
  'ﬁ',
  '\u1e9e',
  'Ⅻ',
  '％',
];

/** Text that means something to a layer below: SQL, paths, templates, markup, format strings. */
const PAYLOADS = [
  "'; DROP TABLE items; --",
  "' OR '1'='1",
  '" OR ""="',
  '\\',
  '\\x00',
  '%00',
  '%s%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '$where',
  '{"$gt":""}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  'true',
  '=cmd|"/c calc"!A1',
  '\r\nSet-Cookie: x=1',
];

const piece = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 16 }), weight: 5 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom(...SPECIAL_CHARACTERS), weight: 4 },
  { arbitrary: fc.constantFrom(...PAYLOADS), weight: 1 },
);

/** A string of mixed pieces: plain text around controls, odd Unicode and payloads. */
export const hostileText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));

/** Very long: one piece repeated to 1 000 – 300 000 UTF-16 units (past the 1 MiB body limit at times). */
export const veryLongText = fc
  .tuple(piece, fc.integer({ min: 1_000, max: 300_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Words a form would accept, so that a case gets past the first check to the next field. */
export const plainText = fc
  .array(fc.constantFrom('Tent', 'stove', 'Ridge walk', 'Kitchen', 'quilt 2', 'Sócrates', 'bag'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => words.join(' '));

const blank = fc.constantFrom('', ' ', '          ', '\t\n', '\u00a0\u00a0', '\u200b');

/** Any string input: mostly plain or hostile, sometimes blank or very long. */
export const anyText = fc.oneof(
  { arbitrary: plainText, weight: 6 },
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: blank, weight: 1 },
  { arbitrary: veryLongText, weight: 1 },
);

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
export const anyCurrency = fc.oneof(
  {
    arbitrary: fc.constantFrom('USD', 'EUR', 'JPY', 'CHF', 'usd', 'XXX', 'ZZZ', 'US', 'EURO', 'E\u0000R'),
    weight: 3,
  },
  { arbitrary: anyText, weight: 1 },
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

export const anyLocale = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'en-US',
      'de',
      'en-gb',
      'zh-Hant-TW',
      'x-private',
      'i-klingon',
      'en_US',
      'root',
      'und',
    ),
    weight: 3,
  },
  { arbitrary: anyText, weight: 1 },
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

const CSV_HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';

const csvCell = fc.oneof(
  { arbitrary: plainText, weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 5000 }).map(String), weight: 2 },
  {
    arbitrary: fc.constantFrom('g', 'kg', 'oz', 'lb', 'Worn', 'Consumable', '', '"', '""', '1e999', 'NaN'),
    weight: 2,
  },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: hostileText.map((text) => `"${text.replaceAll('"', '""')}"`), weight: 1 },
);

/** LighterPack CSV: the real header (or not) and rows of hostile cells, sometimes very many rows. */
export const anyCsv = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(CSV_HEADER, CSV_HEADER.toUpperCase(), 'a,b', ''),
        fc.array(fc.array(csvCell, { minLength: 0, maxLength: 12 }), { minLength: 0, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([header, rows, newline]) => [header, ...rows.map((row) => row.join(','))].join(newline)),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.array(csvCell, { minLength: 10, maxLength: 10 }), fc.integer({ min: 100, max: 6_000 }))
      .map(([row, count]) => `${CSV_HEADER}\n${`${row.join(',')}\n`.repeat(count)}`),
    weight: 1,
  },
  { arbitrary: anyText, weight: 1 },
);
