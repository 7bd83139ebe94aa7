import { describe, expect, it } from 'vitest';
import { startWaves } from './start-waves.js';

describe('startWaves', () => {
  it('starts auth alone first, then every other service together', () => {
    expect(startWaves(['web', 'router', 'auth', 'packing', 'preferences'])).toEqual([
      ['auth'],
      ['web', 'router', 'packing', 'preferences'],
    ]);
  });

  it('has no empty wave when auth or the others are not asked for', () => {
    expect(startWaves(['packing', 'router'])).toEqual([['packing', 'router']]);
    expect(startWaves(['auth'])).toEqual([['auth']]);
  });
});
