import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyTotals } from './format-money';

describe('formatMoney', () => {
  it('uses the currency’s minor digits and the locale', () => {
    expect(formatMoney({ amountMinor: 34_900, currency: 'USD' }, 'en-US')).toBe('$349.00');
    expect(formatMoney({ amountMinor: 1_500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amountMinor: 3_600, currency: 'EUR' }, 'de-DE')).toBe('36,00\u00a0€');
  });

  it('joins several currencies and shows a dash for none', () => {
    expect(
      formatMoneyTotals(
        [
          { amountMinor: 3_600, currency: 'EUR' },
          { amountMinor: 5_000, currency: 'USD' },
        ],
        'en-US',
      ),
    ).toBe('€36.00 + $50.00');
    expect(formatMoneyTotals([], 'en-US')).toBe('–');
  });
});
