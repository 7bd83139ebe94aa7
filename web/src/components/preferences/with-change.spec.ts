import { describe, expect, it } from 'vitest';
import type { PreferencesValues } from './preferences-panel';
import { withChange } from './with-change';

const current: PreferencesValues = {
  theme: 'SYSTEM',
  weightUnit: 'G',
  showPoundsAndOunces: false,
  locale: 'en-US',
  currency: 'USD',
  checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
  palette: { name: 'DEFAULT', categoryColorOrder: [] },
  onboarding: { completedSteps: ['WELCOME'] },
};

describe('withChange', () => {
  it('changes only the fields given, nested ones included', () => {
    const next = withChange(current, { weightUnit: 'LB', checklist: { hidePacked: true } });
    expect(next).toEqual({
      ...current,
      weightUnit: 'LB',
      checklist: { hidePacked: true, sortOrder: 'CATEGORY' },
    });
  });
  it('adds and removes onboarding steps like the API', () => {
    const next = withChange(current, {
      onboarding: { complete: ['FIRST_ITEM', 'WELCOME'], reset: ['WELCOME'] },
    });
    expect(next.onboarding.completedSteps).toEqual(['FIRST_ITEM']);
  });
  it('upper-cases a currency code as the API stores it', () => {
    expect(withChange(current, { currency: 'eur' }).currency).toBe('EUR');
  });
});
