import { describe, expect, it } from 'vitest';
import { shownWhileStarting } from './start-up-output.js';

describe('shownWhileStarting', () => {
  it('shows warnings and errors from pino lines', () => {
    expect(shownWhileStarting('{"level":40,"msg":"could not fetch"}')).toBe(true);
    expect(shownWhileStarting('{"level":50,"msg":"boom"}')).toBe(true);
  });

  it('keeps routine lines and non-JSON banners for the log file', () => {
    expect(shownWhileStarting('{"level":30,"msg":"listening"}')).toBe(false);
    expect(shownWhileStarting('✓ Running next.config.ts took 286ms')).toBe(false);
    expect(shownWhileStarting('{not json')).toBe(false);
  });
});
