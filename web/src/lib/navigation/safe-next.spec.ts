import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/trips/t1?mode=check')).toBe('/trips/t1?mode=check');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', ''])(
    'refuses %j',
    (next) => {
      expect(safeNextPath(next)).toBe('/gear');
    },
  );

  it('builds the sign-in link that brings the user back', () => {
    expect(signInPathFor('/packs/p1', true)).toBe('/sign-in?next=%2Fpacks%2Fp1&expired=1');
  });
});
