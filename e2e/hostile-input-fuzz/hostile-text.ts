// Hostile strings for the fuzz: odd characters, payloads for the layers below, blank and very long
// text. Every string input draws from anyText; scalars with a format of their own (hostile-scalars.ts)
// and LighterPack CSV (hostile-csv.ts) fall back to it.
import fc from 'fast-check';

/** Characters that have broken real systems: NUL and the C0/C1 controls, bidi overrides, … */
export const SPECIAL_CHARACTERS = [
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

/**
 * A field's own values (`known`, drawn `knownWeight` times as often) or, now and then, any text: the
 * shape of most formatted scalars, so a case sometimes passes the format check and sometimes not.
 */
export function knownOrAnyText<T>(known: fc.Arbitrary<T>, knownWeight: number): fc.Arbitrary<T | string> {
  return fc.oneof({ arbitrary: known, weight: knownWeight }, { arbitrary: anyText, weight: 1 });
}
