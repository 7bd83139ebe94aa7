import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An integer scalar wider than GraphQL's 32-bit Int, serialised as a JSON number. Safe up to
 * 2^53 − 1, which every JSON client reads exactly; packing's totals stay far below that
 * (999 units × 100 kg × thousands of entries ≈ 10^14 mg).
 */
export function safeIntegerScalar(name: string, description: string): GraphQLScalarType<number, number> {
  const check = (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError(`${name} must be an integer between −(2^53 − 1) and 2^53 − 1.`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType<number, number>({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral(ast) {
      return check(ast.kind === Kind.INT ? Number(ast.value) : undefined);
    },
  });
}

export const MilligramsScalar = safeIntegerScalar('Milligrams', 'An exact weight in milligrams.');
export const MinorUnitsScalar = safeIntegerScalar('MinorUnits', 'An amount in a currency’s minor units.');
