import { describe, expect, it } from 'vitest';
import { nothingToStop } from '../infrastructure/choice.js';
import { requireSharedRedis } from './shared-redis.js';

const none = {
  source: 'none',
  url: undefined,
  description: 'none (no server)',
  stop: nothingToStop,
} as const;
const local = {
  source: 'local server',
  url: 'redis://127.0.0.1:6379',
  description: 'local',
  stop: nothingToStop,
} as const;

describe('requireSharedRedis', () => {
  it('refuses several routers without a Redis, naming what was found', () => {
    expect(() => requireSharedRedis(2, none)).toThrow(
      /Several routers need a shared Redis.*none \(no server\)/,
    );
  });

  it('lets one router go without, and any number with one', () => {
    expect(() => requireSharedRedis(1, none)).not.toThrow();
    expect(() => requireSharedRedis(3, local)).not.toThrow();
  });
});
