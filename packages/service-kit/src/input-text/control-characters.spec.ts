import { describe, expect, it } from 'vitest';
import { firstControlCharacter } from './control-characters.js';

describe('firstControlCharacter', () => {
  it('accepts ordinary text, TAB, emoji (surrogate pairs) and other scripts', () => {
    for (const text of ['Tent 2p', 'a\tb', 'Zelt 🏕️ ÄÖÜ', '山小屋', 'ﬁ ligature', '\u00a0nbsp', '']) {
      expect(firstControlCharacter(text)).toBeUndefined();
    }
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000', 1],
    ['BEL', '\u0007', 'U+0007', 0],
    ['vertical tab', 'x\u000b', 'U+000B', 1],
    ['ESC', '\u001b[31m', 'U+001B', 0],
    ['unit separator', '\u001f', 'U+001F', 0],
    ['DEL', 'x\u007f', 'U+007F', 1],
    ['C1 NEL', '\u0085', 'U+0085', 0],
    ['C1 CSI', '\u009b', 'U+009B', 0],
    ['a lone high surrogate', 'ab\ud800', 'U+D800', 2],
    ['a high surrogate before a letter', '\ud83dx', 'U+D83D', 0],
    ['a lone low surrogate', '\udc00z', 'U+DC00', 0],
    ['reversed pair', '\ude00\ud83d', 'U+DE00', 0],
  ])('refuses %s', (_name, text, codePoint, index) => {
    expect(firstControlCharacter(text)).toEqual({ codePoint, index });
  });

  it('refuses LF and CR in single-line text and accepts them in multi-line text', () => {
    expect(firstControlCharacter('a\nb')?.codePoint).toBe('U+000A');
    expect(firstControlCharacter('a\rb')?.codePoint).toBe('U+000D');
    expect(firstControlCharacter('a\r\nb', { lineBreaks: true })).toBeUndefined();
    expect(firstControlCharacter('a\r\n\u0000', { lineBreaks: true })?.codePoint).toBe('U+0000');
  });
});
