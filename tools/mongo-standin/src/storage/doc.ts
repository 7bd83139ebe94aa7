/** A BSON document as `bson.deserialize` gives it: plain objects holding JS and bson values. */
export type Doc = { [key: string]: unknown };

export function isDoc(value: unknown): value is Doc {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
