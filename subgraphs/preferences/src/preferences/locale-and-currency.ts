// Validation of the two free-text settings against the runtime's ICU data (Node ships full ICU),
// so the list of currencies and the locale grammar are not copied into this repository.

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows, in upper case (`EUR`). */
export function isCurrencyCode(value: unknown): boolean {
  return typeof value === 'string' && CURRENCIES.has(value);
}

/** `eur` → `EUR`; undefined when it is not a known ISO 4217 code. */
export function normaliseCurrency(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  return isCurrencyCode(code) ? code : undefined;
}

/** `en-gb` → `en-GB`; undefined when it is not a well-formed BCP 47 tag. */
export function canonicaliseLocale(value: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    return canonical;
  } catch {
    return undefined; // RangeError: "Incorrect locale information provided"
  }
}

/** A tag already in canonical form (what the store holds). */
export function isCanonicalLocale(value: unknown): boolean {
  return typeof value === 'string' && canonicaliseLocale(value) === value;
}
