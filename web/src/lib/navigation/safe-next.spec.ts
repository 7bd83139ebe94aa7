import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_PATH, safeNextPath, signInPathFor } from './safe-next';

const ORIGIN = 'https://app.example';

describe('safeNextPath', () => {
  it.each([
    ['/gear?x=1#a', '/gear?x=1#a'],
    ['/lists/abc', '/lists/abc'],
    ['/trips/t1?mode=check', '/trips/t1?mode=check'],
    ['/s/tok_123?kind=pack', '/s/tok_123?kind=pack'],
    ['/', '/'],
    // The parser's own reading is what comes back, never the input.
    ['/gear/../lists', '/lists'],
    ['/packs/p 1', '/packs/p%201'],
  ])('keeps the path on this site %j as %j', (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });

  // What an attacker puts in ?next= to leave the site, or to reach a script.
  const HOSTILE = [
    '/..//evil.example', // the probe's finding: the parser makes it `//evil.example`
    '/./..//evil.example',
    '/.//evil.example',
    '/a/../..//evil.example',
    '/%2e%2e//evil.example',
    '/.%2E//evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\t\t//evil.example',
    '/%09/evil.example',
    '/%0d%0a/evil.example',
    '/\u0000/evil.example',
    '/%2f%2fevil.example',
    '/%2F/evil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '%2f%2fevil.example',
    '/%252f%252fevil.example',
    '/%25252f%25252fevil.example',
    '/%255cevil.example',
    '/%E0%A4%A', // not decodable
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/',
    'http:evil.example',
    'https:evil.example',
    '//user@evil.example',
    'https://app.example@evil.example/',
    '/\\app.example@evil.example',
    ' //evil.example',
    ' /..//evil.example',
    '\u3000//evil.example',
    '\uff0f\uff0fevil.example', // fullwidth solidus, no leading slash
    '\u2215\u2215evil.example', // division slash
    'evil.example',
    '',
    null,
    undefined,
  ];

  it('is tested with at least 20 hostile variants', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });

  it.each(HOSTILE)('refuses %j', (next) => {
    expect(safeNextPath(next, ORIGIN)).toBe(DEFAULT_NEXT_PATH);
    expect(safeNextPath(next, ORIGIN, '/sign-in')).toBe('/sign-in');
  });

  // Odd but harmless: unicode look-alike slashes are plain path characters to the parser, so they
  // stay a path on this site (a 404 page), never a host.
  it.each([
    ['/\uff0f\uff0fevil.example', '/%EF%BC%8F%EF%BC%8Fevil.example'],
    ['/\u2215evil.example', '/%E2%88%95evil.example'],
    ['/@evil.example', '/@evil.example'],
  ])('keeps the look-alike %j on this site as %j', (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });

  it('returns only paths a browser resolves to this origin, whatever the page it is used on', () => {
    for (const next of [...HOSTILE, '/gear?x=1#a', '/\uff0f\uff0fevil.example']) {
      const path = safeNextPath(next, ORIGIN);
      expect(new URL(path, `${ORIGIN}/a/b`).origin).toBe(ORIGIN);
      expect(new URL(path, 'http://other.example/x').origin).toBe('http://other.example');
    }
  });

  it('decides by the origin it is given', () => {
    expect(safeNextPath('http://127.0.0.1:3000/gear', 'http://127.0.0.1:3000')).toBe('/gear');
    expect(safeNextPath('http://127.0.0.1:3001/gear', 'http://127.0.0.1:3000')).toBe(DEFAULT_NEXT_PATH);
  });
});

describe('signInPathFor', () => {
  it('builds the sign-in link that brings the user back', () => {
    expect(signInPathFor('/packs/p1', true, ORIGIN)).toBe('/sign-in?next=%2Fpacks%2Fp1&expired=1');
    expect(signInPathFor('/trips/t1?mode=check', false, ORIGIN)).toBe(
      '/sign-in?next=%2Ftrips%2Ft1%3Fmode%3Dcheck',
    );
  });

  it('never writes a next that leaves the site', () => {
    expect(signInPathFor('/..//evil.example', false, ORIGIN)).toBe('/sign-in?next=%2Fgear');
  });
});
