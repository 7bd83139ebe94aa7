import { describe, expect, it } from 'vitest';
import { ConfigError, envReader } from './read-env.js';

/** Runs `read` and returns the ConfigError it threw (failing the test if it did not throw one). */
function configError(read: () => unknown): ConfigError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('envReader', () => {
  it('reads set values and falls back to defaults for unset or empty ones', () => {
    const read = envReader({ NAME: 'pyb', EMPTY: '', PORT: '4001', FLAG: 'Yes', LEVEL: 'debug' });

    expect(read.string('NAME')).toBe('pyb');
    expect(read.string('EMPTY', 'fallback')).toBe('fallback');
    expect(read.optionalString('EMPTY')).toBeUndefined();
    expect(read.optionalString('NAME')).toBe('pyb');
    expect(read.int('PORT')).toBe(4001);
    expect(read.int('UNSET_PORT', 4002)).toBe(4002);
    expect(read.bool('FLAG', false)).toBe(true);
    expect(read.bool('UNSET_FLAG', true)).toBe(true);
    expect(read.oneOf('LEVEL', ['info', 'debug'] as const, 'info')).toBe('debug');
    expect(read.url('UNSET_URL', 'http://127.0.0.1:4001/')).toBe('http://127.0.0.1:4001/');
  });

  it('reads false for every spelling of no', () => {
    for (const text of ['0', 'false', 'NO', 'off']) {
      expect(envReader({ FLAG: text }).bool('FLAG', true)).toBe(false);
    }
  });

  it('names the variable when a required one is missing', () => {
    const read = envReader({ EMPTY: '' });

    expect(configError(() => read.string('DATABASE_URL')).message).toContain('DATABASE_URL');
    expect(configError(() => read.string('EMPTY')).message).toContain('EMPTY');
    expect(configError(() => read.url('JWKS_URL')).message).toContain('JWKS_URL');
    expect(configError(() => read.int('PORT')).message).toContain('PORT');
    expect(configError(() => read.oneOf('LOG_LEVEL', ['info'])).message).toContain('LOG_LEVEL');
  });

  it('names the variable when a value is malformed', () => {
    const read = envReader({
      JWKS_URL: 'not a url',
      PORT: '80a',
      TTL: '1.5',
      FLAG: 'maybe',
      LOG_LEVEL: 'loud',
    });

    expect(configError(() => read.url('JWKS_URL')).message).toContain('JWKS_URL');
    expect(configError(() => read.int('PORT')).message).toContain('PORT');
    expect(configError(() => read.int('TTL', 900)).message).toContain('TTL');
    expect(configError(() => read.bool('FLAG', false)).message).toContain('FLAG');
    expect(configError(() => read.oneOf('LOG_LEVEL', ['info', 'debug'], 'info')).message).toContain(
      'LOG_LEVEL',
    );
  });

  it('names the variable when an integer is out of range', () => {
    const read = envReader({ PORT: '70000', TTL: '10' });

    expect(configError(() => read.int('PORT', 4000, { min: 0, max: 65535 })).message).toContain('PORT');
    expect(configError(() => read.int('TTL', 900, { min: 30 })).message).toContain('TTL');
    expect(read.int('PORT', 4000, { max: 70000 })).toBe(70000);
  });
});
