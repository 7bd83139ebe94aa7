import { ChoiceGroup } from '@/components/preferences/choice-group';
import { FormAlert } from '@/components/forms/form-alert';
import { PALETTE_NAMES, PALETTE_SIZE, paletteVar } from '@/components/palette/palette';
import { parseTheme, THEMES, type ThemeCode } from '@/components/theme/theme';
import type { OnboardingStep, UpdatePreferencesInput } from '@/gql/graphql';
import type { FormErrors } from '@/lib/graphql/api-error';
import { formatWeight } from '@/lib/weight/convert-weight';
import { parseWeightUnit, WEIGHT_UNITS, type WeightUnitCode } from '@/lib/weight/weight-unit';
import {
  CHECKLIST_SORT_ORDERS,
  CURRENCIES,
  LOCALES,
  ONBOARDING_STEPS,
  PALETTES,
  parseChoice,
} from './preference-options';

/** Everything the API stores as preferences (schema `Preferences`), as the panel shows it. */
export interface PreferencesValues {
  theme: ThemeCode;
  weightUnit: WeightUnitCode;
  showPoundsAndOunces: boolean;
  locale: string;
  currency: string;
  checklist: { hidePacked: boolean; sortOrder: keyof typeof CHECKLIST_SORT_ORDERS };
  palette: { name: keyof typeof PALETTES; categoryColorOrder: readonly number[] };
  onboarding: { completedSteps: readonly OnboardingStep[] };
}

export interface PreferencesPanelProps {
  preferences: PreferencesValues;
  errors?: FormErrors;
  /** "Saving…", "Saved." or empty; announced politely. */
  status: string;
  busy: boolean;
  /** One change at a time, in the API's input shape (only the fields that changed). */
  onChange: (input: UpdatePreferencesInput) => void;
}

/** A sample weight shown with the current settings, so the effect of a choice is visible at once. */
const SAMPLE_MG = 1_234_567;

function colorOrder(order: readonly number[]): number[] {
  return order.length > 0 ? [...order] : Array.from({ length: PALETTE_SIZE }, (_, index) => index);
}

function moved(order: readonly number[], from: number, to: number): number[] {
  const next = colorOrder(order);
  const [color] = next.splice(from, 1);
  if (color !== undefined) next.splice(to, 0, color);
  return next;
}

/** Every preference the API offers, each saved as soon as it changes. Presentational. */
export function PreferencesPanel({ preferences, errors, status, busy, onChange }: PreferencesPanelProps) {
  const field = (name: string) => errors?.fields[name];
  const locales = Object.hasOwn(LOCALES, preferences.locale)
    ? LOCALES
    : { [preferences.locale]: preferences.locale, ...LOCALES };
  const currencies: readonly string[] = CURRENCIES.includes(
    preferences.currency as (typeof CURRENCIES)[number],
  )
    ? CURRENCIES
    : [preferences.currency, ...CURRENCIES];
  const order = colorOrder(preferences.palette.categoryColorOrder);
  const completed = new Set<string>(preferences.onboarding.completedSteps);
  const sample = formatWeight(SAMPLE_MG, {
    unit: preferences.weightUnit,
    poundsAndOunces: preferences.showPoundsAndOunces,
    locale: preferences.locale,
  });

  return (
    <form className="card stack" onSubmit={(event) => event.preventDefault()} aria-busy={busy}>
      <h1>Preferences</h1>
      <FormAlert message={errors?.form} />

      <ChoiceGroup
        legend="Theme"
        name="theme"
        options={THEMES}
        value={preferences.theme}
        error={field('theme')}
        onChange={(value) => {
          const theme = parseTheme(value);
          if (theme) onChange({ theme });
        }}
      />

      <ChoiceGroup
        legend="Show weights in"
        name="weightUnit"
        options={WEIGHT_UNITS}
        value={preferences.weightUnit}
        error={field('weightUnit')}
        onChange={(value) => {
          const weightUnit = parseWeightUnit(value);
          if (weightUnit) onChange({ weightUnit });
        }}
      />
      <label className="choice">
        <input
          type="checkbox"
          name="showPoundsAndOunces"
          checked={preferences.showPoundsAndOunces}
          disabled={preferences.weightUnit !== 'LB'}
          aria-describedby="lb-oz-hint"
          onChange={(event) => onChange({ showPoundsAndOunces: event.currentTarget.checked })}
        />
        Pounds and ounces (2 lb 3.5 oz)
      </label>
      <p id="lb-oz-hint" className="field-hint">
        With pounds chosen above. Example: <strong data-testid="weight-sample">{sample}</strong>
      </p>

      <label className="field">
        <span>Number format</span>
        <select
          name="locale"
          value={preferences.locale}
          aria-invalid={field('locale') ? true : undefined}
          onChange={(event) => onChange({ locale: event.currentTarget.value })}
        >
          {Object.entries(locales).map(([tag, label]) => (
            <option key={tag} value={tag}>
              {label}
            </option>
          ))}
        </select>
        {field('locale') ? <span className="field-error">{field('locale')}</span> : null}
      </label>

      <label className="field">
        <span>Currency for prices</span>
        <select
          name="currency"
          value={preferences.currency}
          aria-invalid={field('currency') ? true : undefined}
          onChange={(event) => onChange({ currency: event.currentTarget.value })}
        >
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        {field('currency') ? <span className="field-error">{field('currency')}</span> : null}
      </label>

      <fieldset className="choice-group">
        <legend>Check-off mode</legend>
        <label className="choice">
          <input
            type="checkbox"
            name="hidePacked"
            checked={preferences.checklist.hidePacked}
            onChange={(event) => onChange({ checklist: { hidePacked: event.currentTarget.checked } })}
          />
          Hide packed items
        </label>
      </fieldset>
      <ChoiceGroup
        legend="Checklist order"
        name="sortOrder"
        options={CHECKLIST_SORT_ORDERS}
        value={preferences.checklist.sortOrder}
        error={field('checklist.sortOrder')}
        onChange={(value) => {
          const sortOrder = parseChoice(CHECKLIST_SORT_ORDERS, value);
          if (sortOrder) onChange({ checklist: { sortOrder } });
        }}
      />

      <ChoiceGroup
        legend="Category colours"
        name="palette"
        options={PALETTES}
        value={preferences.palette.name}
        error={field('palette.name')}
        onChange={(value) => {
          const name = parseChoice(PALETTES, value);
          if (name) onChange({ palette: { name } });
        }}
      />
      <fieldset className="choice-group">
        <legend>Colour order for new categories</legend>
        <ol className="palette-order">
          {order.map((color, position) => (
            <li key={color} className="row">
              <span className="swatch" style={{ background: paletteVar(color) }} aria-hidden="true" />
              <span>
                {position + 1}. {PALETTE_NAMES[color]}
              </span>
              <button
                type="button"
                className="button small"
                disabled={position === 0}
                aria-label={`Move ${PALETTE_NAMES[color]} earlier`}
                onClick={() =>
                  onChange({ palette: { categoryColorOrder: moved(order, position, position - 1) } })
                }
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                disabled={position === order.length - 1}
                aria-label={`Move ${PALETTE_NAMES[color]} later`}
                onClick={() =>
                  onChange({ palette: { categoryColorOrder: moved(order, position, position + 1) } })
                }
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button small"
          disabled={preferences.palette.categoryColorOrder.length === 0}
          onClick={() => onChange({ palette: { categoryColorOrder: [] } })}
        >
          Restore the palette&apos;s order
        </button>
        {field('palette.categoryColorOrder') ? (
          <p className="field-error">{field('palette.categoryColorOrder')}</p>
        ) : null}
      </fieldset>

      <fieldset className="choice-group">
        <legend>Getting-started steps (ticked: done or dismissed)</legend>
        {(Object.keys(ONBOARDING_STEPS) as OnboardingStep[]).map((step) => (
          <label key={step} className="choice">
            <input
              type="checkbox"
              name="onboarding"
              value={step}
              checked={completed.has(step)}
              onChange={(event) =>
                onChange({
                  onboarding: event.currentTarget.checked ? { complete: [step] } : { reset: [step] },
                })
              }
            />
            {ONBOARDING_STEPS[step].label}
          </label>
        ))}
      </fieldset>

      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
