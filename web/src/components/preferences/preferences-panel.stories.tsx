import type { Meta, StoryObj } from '@storybook/react-vite';
import { noop } from '@/lib/stories/fixtures';
import { PreferencesPanel, type PreferencesPanelProps, type PreferencesValues } from './preferences-panel';

const defaults: PreferencesValues = {
  theme: 'SYSTEM',
  weightUnit: 'G',
  showPoundsAndOunces: false,
  locale: 'en-US',
  currency: 'USD',
  checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
  palette: { name: 'DEFAULT', categoryColorOrder: [] },
  onboarding: { completedSteps: [] },
};

const meta: Meta<PreferencesPanelProps> = {
  title: 'Preferences/PreferencesPanel',
  component: PreferencesPanel,
  args: { preferences: defaults, status: '', busy: false, onChange: noop },
};
export default meta;

export const Defaults: StoryObj<PreferencesPanelProps> = {};

export const PoundsAndOuncesGerman: StoryObj<PreferencesPanelProps> = {
  args: {
    status: 'Saved.',
    preferences: {
      ...defaults,
      theme: 'DARK',
      weightUnit: 'LB',
      showPoundsAndOunces: true,
      locale: 'de-DE',
      currency: 'EUR',
      checklist: { hidePacked: true, sortOrder: 'WEIGHT' },
      palette: { name: 'COLORBLIND_SAFE', categoryColorOrder: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] },
      onboarding: { completedSteps: ['WELCOME', 'FIRST_ITEM'] },
    },
  },
};

export const UnlistedLocaleAndCurrencyWithErrors: StoryObj<PreferencesPanelProps> = {
  args: {
    preferences: { ...defaults, locale: 'pt-BR', currency: 'BRL' },
    errors: {
      fields: { currency: 'Not an ISO 4217 code.' },
      form: 'Nothing was saved.',
      unauthenticated: false,
    },
  },
};
