import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string that names a real calendar day (2027-02-30 is refused). */
export function parseCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  const date = match ? new Date(`${value as string}T00:00:00.000Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value as string;
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
