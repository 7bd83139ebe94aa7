import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, parseCalendarDate } from './date.scalar.js';
import { MilligramsScalar } from './safe-integer.scalar.js';

describe('Milligrams', () => {
  it('serialises totals beyond 32 bits exactly as JSON numbers', () => {
    expect(MilligramsScalar.serialize(99_900_000_000)).toBe(99_900_000_000);
    expect(JSON.stringify({ totalMg: MilligramsScalar.serialize(2 ** 40) })).toBe(
      '{"totalMg":1099511627776}',
    );
  });

  it('refuses fractions and unsafe integers', () => {
    expect(() => MilligramsScalar.serialize(1.5)).toThrow(GraphQLError);
    expect(() => MilligramsScalar.parseValue(2 ** 53)).toThrow(GraphQLError);
  });
});

describe('Date', () => {
  it('writes a UTC-midnight Date as YYYY-MM-DD and accepts real days', () => {
    expect(DateScalar.serialize(new Date('2027-07-14T00:00:00.000Z'))).toBe('2027-07-14');
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
  });

  it('refuses impossible days and other shapes with BAD_USER_INPUT', () => {
    for (const value of ['2027-02-30', '14/07/2027', '2027-7-14', '0000-01-01', 5]) {
      expect(() => parseCalendarDate(value)).toThrow(GraphQLError);
    }
  });

  it('lets input strings through for the service to check with the field path', () => {
    expect(DateScalar.parseValue('2027-02-30')).toBe('2027-02-30');
    expect(() => DateScalar.parseValue(5)).toThrow(GraphQLError);
  });
});
