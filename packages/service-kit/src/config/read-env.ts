/**
 * Reads and validates environment variables once at start-up. Every failure names the variable,
 * so a misconfigured service stops with a message an operator can act on.
 */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export interface EnvReader {
  string(name: string, fallback?: string): string;
  optionalString(name: string): string | undefined;
  url(name: string, fallback?: string): string;
  int(name: string, fallback?: number, range?: { min?: number; max?: number }): number;
  bool(name: string, fallback: boolean): boolean;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T;
}

export function envReader(env: Env = process.env): EnvReader {
  const raw = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const required = (name: string, fallback?: string): string => {
    const value = raw(name) ?? fallback;
    if (value === undefined) throw new ConfigError(name, 'is required but not set.');
    return value;
  };
  return {
    string: required,
    optionalString: raw,
    url(name, fallback) {
      const value = required(name, fallback);
      try {
        new URL(value);
      } catch {
        throw new ConfigError(name, `must be a URL, got "${value}".`);
      }
      return value;
    },
    int(name, fallback, range = {}) {
      const text = raw(name);
      const value = text === undefined ? fallback : Number(text);
      if (value === undefined) throw new ConfigError(name, 'is required but not set.');
      if (!Number.isInteger(value)) throw new ConfigError(name, `must be an integer, got "${text}".`);
      if (range.min !== undefined && value < range.min)
        throw new ConfigError(name, `must be at least ${range.min}, got ${value}.`);
      if (range.max !== undefined && value > range.max)
        throw new ConfigError(name, `must be at most ${range.max}, got ${value}.`);
      return value;
    },
    bool(name, fallback) {
      const text = raw(name);
      if (text === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(text.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(text.toLowerCase())) return false;
      throw new ConfigError(name, `must be true or false, got "${text}".`);
    },
    oneOf(name, allowed, fallback) {
      const value = raw(name) ?? fallback;
      if (value === undefined) throw new ConfigError(name, 'is required but not set.');
      if (!(allowed as readonly string[]).includes(value))
        throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}".`);
      return value as (typeof allowed)[number];
    },
  };
}
