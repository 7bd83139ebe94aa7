// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreferencesPanel, type PreferencesValues } from './preferences-panel';

afterEach(cleanup);

const base: PreferencesValues = {
  theme: 'SYSTEM',
  weightUnit: 'G',
  showPoundsAndOunces: false,
  locale: 'en-US',
  currency: 'USD',
  checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
  palette: { name: 'DEFAULT', categoryColorOrder: [] },
  onboarding: { completedSteps: ['WELCOME'] },
};

function setup(preferences: Partial<PreferencesValues> = {}) {
  const onChange = vi.fn();
  render(
    <PreferencesPanel preferences={{ ...base, ...preferences }} status="" busy={false} onChange={onChange} />,
  );
  return { onChange, user: userEvent.setup() };
}

describe('PreferencesPanel', () => {
  it('sends one field per change in the API input shape', async () => {
    const { onChange, user } = setup();
    await user.click(screen.getByLabelText('Pounds (lb)'));
    expect(onChange).toHaveBeenLastCalledWith({ weightUnit: 'LB' });
    await user.selectOptions(screen.getByLabelText('Number format'), 'de-DE');
    expect(onChange).toHaveBeenLastCalledWith({ locale: 'de-DE' });
    await user.selectOptions(screen.getByLabelText('Currency for prices'), 'EUR');
    expect(onChange).toHaveBeenLastCalledWith({ currency: 'EUR' });
    await user.click(screen.getByLabelText('Hide packed items'));
    expect(onChange).toHaveBeenLastCalledWith({ checklist: { hidePacked: true } });
    await user.click(screen.getByLabelText('Heaviest first'));
    expect(onChange).toHaveBeenLastCalledWith({ checklist: { sortOrder: 'WEIGHT' } });
    await user.click(screen.getByLabelText('Colour-blind safe'));
    expect(onChange).toHaveBeenLastCalledWith({ palette: { name: 'COLORBLIND_SAFE' } });
    await user.click(screen.getByLabelText('Welcome tour'));
    expect(onChange).toHaveBeenLastCalledWith({ onboarding: { reset: ['WELCOME'] } });
    await user.click(screen.getByLabelText('Plan a trip'));
    expect(onChange).toHaveBeenLastCalledWith({ onboarding: { complete: ['FIRST_TRIP'] } });
  });

  it('offers pounds and ounces only with pounds, and previews the format', async () => {
    setup();
    expect(screen.getByLabelText('Pounds and ounces (2 lb 3.5 oz)')).toHaveProperty('disabled', true);
    cleanup();
    const { onChange, user } = setup({ weightUnit: 'LB', showPoundsAndOunces: true, locale: 'de-DE' });
    expect(screen.getByTestId('weight-sample').textContent).toBe('2 lb 11,5 oz');
    await user.click(screen.getByLabelText('Pounds and ounces (2 lb 3.5 oz)'));
    expect(onChange).toHaveBeenCalledWith({ showPoundsAndOunces: false });
  });

  it('reorders the category colours and restores the palette order', async () => {
    const { onChange, user } = setup();
    expect(screen.getByRole('button', { name: "Restore the palette's order" })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Move Orange earlier' }));
    expect(onChange).toHaveBeenLastCalledWith({
      palette: { categoryColorOrder: [1, 0, 2, 3, 4, 5, 6, 7, 8, 9] },
    });
    cleanup();
    const second = setup({ palette: { name: 'DEFAULT', categoryColorOrder: [1, 0] } });
    await second.user.click(screen.getByRole('button', { name: "Restore the palette's order" }));
    expect(second.onChange).toHaveBeenLastCalledWith({ palette: { categoryColorOrder: [] } });
  });

  it('keeps a locale and currency that are not in the lists', () => {
    setup({ locale: 'pt-BR', currency: 'BRL' });
    expect(screen.getByLabelText('Number format')).toHaveProperty('value', 'pt-BR');
    expect(screen.getByLabelText('Currency for prices')).toHaveProperty('value', 'BRL');
  });
});
