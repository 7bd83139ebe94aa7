import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a sane incoming id', () => {
    expect(requestIdFrom('web-1.abc_DEF')).toBe('web-1.abc_DEF');
    expect(requestIdFrom('a'.repeat(128))).toBe('a'.repeat(128));
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'bad id'],
    ['with a newline (log injection)', 'abc\n{"level":"fatal"}'],
    ['repeated header', ['a', 'b']],
  ])('replaces a %s id with a UUID', (_label, incoming) => {
    expect(requestIdFrom(incoming)).toMatch(UUID);
  });
});
