import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { logSchemaExposure, profileOf } from './profile.js';

function memoryLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('profileOf', () => {
  it('is production unless NODE_ENV says development or test', () => {
    expect(profileOf('development')).toBe('development');
    expect(profileOf('test')).toBe('test');
    for (const nodeEnv of [undefined, '', 'production', 'staging', 'Development']) {
      expect(profileOf(nodeEnv)).toBe('production');
    }
  });
});

describe('logSchemaExposure', () => {
  it('warns when introspection or suggestions are on outside development, and only says so in development', () => {
    const { logger, lines } = memoryLogger();
    logSchemaExposure(logger, { profile: 'production', introspection: true, fieldSuggestions: false });
    logSchemaExposure(logger, { profile: 'test', introspection: false, fieldSuggestions: true });
    logSchemaExposure(logger, { profile: 'development', introspection: true, fieldSuggestions: true });
    logSchemaExposure(logger, { profile: 'production', introspection: false, fieldSuggestions: false });

    expect(lines.map((line) => line.level)).toEqual([40, 40, 30]);
  });
});
