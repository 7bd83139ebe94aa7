import { GraphQLError, Kind, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './date-time.scalar.js';

function errorOf(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a GraphQLError');
}

describe('DateTime scalar', () => {
  it('serialises a Date, or an ISO string in any offset, as ISO-8601 UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 10, 21, 4, 20)))).toBe(
      '2026-11-21T04:20:00.000Z',
    );
    expect(DateTimeScalar.serialize('2026-11-21T05:20:00+01:00')).toBe('2026-11-21T04:20:00.000Z');
  });

  it('parses ISO strings from variables and literals into Dates', () => {
    const expected = new Date(Date.UTC(2026, 10, 21, 4, 20));

    expect(DateTimeScalar.parseValue('2026-11-21T04:20:00.000Z')).toEqual(expected);
    expect(DateTimeScalar.parseLiteral(parseValue('"2026-11-21T04:20:00Z"'), {})).toEqual(expected);
  });

  it('answers garbage with BAD_USER_INPUT', () => {
    const garbage = [
      () => DateTimeScalar.parseValue('next tuesday'),
      () => DateTimeScalar.parseValue(1763698800000),
      () => DateTimeScalar.parseValue(null),
      () => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1763698800000' }, {}),
      () => DateTimeScalar.parseLiteral(parseValue('"2026-13-45"'), {}),
    ];
    for (const run of garbage) {
      expect(errorOf(run).extensions['code']).toBe('BAD_USER_INPUT');
    }
  });
});
