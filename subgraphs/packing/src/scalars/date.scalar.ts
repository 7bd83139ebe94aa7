import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is YYYY-MM-DD naming a real day (2027-02-30 is not) from 0001-01-01 on: year
 * 0000 is a day to JavaScript but out of range to PostgreSQL's `date`.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !PATTERN.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A YYYY-MM-DD string that names a real calendar day (see isCalendarDate). */
export function parseCalendarDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Input strings pass through: services check them with `rules.calendarDate` to name the field. */
function parseInput(value: unknown): string {
  if (typeof value !== 'string') return parseCalendarDate(value);
  return value;
}

/** `Date`: calendar days travel as YYYY-MM-DD; Prisma's Date columns come back as UTC midnight. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseCalendarDate(value);
  },
  parseValue: parseInput,
  parseLiteral(ast) {
    return parseInput(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
