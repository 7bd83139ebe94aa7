import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as rules from './input-rules.js';

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions.field;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('input rules', () => {
  it('names the given path on every refusal', () => {
    expect(fieldOf(() => rules.name('   ', 'input.name'))).toBe('input.name');
    expect(fieldOf(() => rules.name('x'.repeat(201), 'input.name'))).toBe('input.name');
    expect(fieldOf(() => rules.quantity(0, 'input.entries.3.quantity'))).toBe('input.entries.3.quantity');
    expect(fieldOf(() => rules.quantity(1000, 'q'))).toBe('q');
    expect(fieldOf(() => rules.wornQuantity(3, 2, 'w'))).toBe('w');
    expect(fieldOf(() => rules.colorIndex(10, 'c'))).toBe('c');
    expect(fieldOf(() => rules.colorIndex(-1, 'c'))).toBe('c');
    expect(fieldOf(() => rules.weightMg(100_000_000, 'w'))).toBe('w');
    expect(fieldOf(() => rules.currency('eur', 'cur'))).toBe('cur');
    expect(fieldOf(() => rules.link('javascript:alert(1)', 'link'))).toBe('link');
    expect(fieldOf(() => rules.orderedDates('2027-07-15', '2027-07-14', 'input.endDate'))).toBe(
      'input.endDate',
    );
  });

  it('refuses year 0000, which JavaScript dates know and PostgreSQL does not (it answered INTERNAL_SERVER_ERROR)', () => {
    expect(fieldOf(() => rules.calendarDate('0000-01-01', 'input.startDate'))).toBe('input.startDate');
    expect(fieldOf(() => rules.calendarDate('0000-12-31', 'd'))).toBe('d');
    expect(rules.calendarDate('0001-01-01', 'd')).toBe('0001-01-01');
    expect(rules.calendarDate('9999-12-31', 'd')).toBe('9999-12-31');
  });

  it('accepts the bounds', () => {
    expect(rules.name(' Tent ', 'n')).toBe('Tent');
    expect(rules.quantity(999, 'q')).toBe(999);
    expect(rules.wornQuantity(2, 2, 'w')).toBe(2);
    expect(rules.colorIndex(9, 'c')).toBe(9);
    expect(rules.weightMg(99_999_999, 'w')).toBe(99_999_999);
    expect(rules.link(' https://example.com/tent ', 'l')).toBe('https://example.com/tent');
    expect(rules.link('  ', 'l')).toBeNull();
    expect(() => rules.orderedDates('2027-07-14', '2027-07-14', 'd')).not.toThrow();
  });
});
