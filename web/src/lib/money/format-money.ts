/** An amount of money as the API sends it: minor units of an ISO 4217 currency. */
export interface Money {
  amountMinor: number;
  currency: string;
}

/**
 * `{ amountMinor: 34900, currency: 'USD' }` as `$349.00` (in the user's locale), using the
 * currency's own number of minor digits (0 for JPY, 2 for EUR).
 */
export function formatMoney({ amountMinor, currency }: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** Several currencies' totals, joined: `$50.00 + €36.00`; an empty list is an en dash. */
export function formatMoneyTotals(totals: readonly Money[], locale: string): string {
  return totals.length === 0 ? '–' : totals.map((total) => formatMoney(total, locale)).join(' + ');
}
