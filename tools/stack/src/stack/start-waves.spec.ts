import { describe, expect, it } from 'vitest';
import { startWaves } from './start-waves.js';

describe('startWaves', () => {
  it('starts auth, then the subgraphs together, then the router, then the web app', () => {
    expect(startWaves(['web', 'router', 'auth', 'preferences', 'packing'])).toEqual([
      ['auth'],
      ['preferences', 'packing'],
      ['router'],
      ['web'],
    ]);
  });

  it('has no empty wave for services not asked for', () => {
    expect(startWaves(['packing', 'router'])).toEqual([['packing'], ['router']]);
    expect(startWaves(['auth'])).toEqual([['auth']]);
  });
});
