import { badUserInput } from '@packyourbag/service-kit';
import { Error as MongooseError, type UpdateQuery } from 'mongoose';
import type { UpdatePreferencesInput } from '../generated/graphql.js';
import { canonicaliseLocale, normaliseCurrency } from './locale-and-currency.js';
import {
  DEFAULT_PREFERENCES,
  type PreferencesDocument,
  type PreferencesModel,
  type PreferencesSettings,
} from './preferences.model.js';

/** What the API returns: every setting, stored values over the defaults. */
export type PreferencesView = PreferencesSettings;
/** A partial update as the GraphQL input gives it; null or absent fields keep their stored value. */
export type PreferencesChange = UpdatePreferencesInput;

/** The public settings only; `_id`, `userId` and `updatedAt` stay inside. */
const SETTINGS_PROJECTION = {
  _id: 0,
  weightUnit: 1,
  showPoundsAndOunces: 1,
  theme: 1,
  currency: 1,
  locale: 1,
  checklist: 1,
  palette: 1,
  onboarding: 1,
} as const;

type StoredSettings = Partial<Omit<PreferencesDocument, 'checklist' | 'palette' | 'onboarding'>> & {
  checklist?: Partial<PreferencesSettings['checklist']>;
  palette?: Partial<PreferencesSettings['palette']>;
  onboarding?: Partial<PreferencesSettings['onboarding']>;
};

/** One settings document per user, holding only what the user changed. */
export class PreferencesService {
  constructor(private readonly preferences: PreferencesModel) {}

  /** Stored settings merged over the defaults; reading never writes. */
  async forUser(userId: string): Promise<PreferencesView> {
    return (await this.read(userId)).settings;
  }

  /** The settings, and whether anything is stored at all (the data export says so). */
  async read(userId: string): Promise<{ stored: boolean; settings: PreferencesView }> {
    const stored = await this.preferences.findOne({ userId }, SETTINGS_PROJECTION).lean<StoredSettings>();
    return { stored: stored !== null, settings: withDefaults(stored) };
  }

  /**
   * Sets only the given paths (`$set` of `theme`, `checklist.sortOrder`, …) and adds/removes
   * onboarding steps with `$addToSet`/`$pull`, in one atomic single-document update, so concurrent
   * updates of different fields all survive; the upsert creates the document on the first change.
   */
  async update(userId: string, change: PreferencesChange): Promise<PreferencesView> {
    const update = toUpdate(change);
    if (Object.keys(update).length === 0) return this.forUser(userId);
    try {
      const updated = await this.preferences
        .findOneAndUpdate({ userId }, update, {
          upsert: true,
          returnDocument: 'after',
          runValidators: true,
          projection: SETTINGS_PROJECTION,
        })
        .lean<StoredSettings>();
      return withDefaults(updated);
    } catch (error) {
      throw asBadUserInput(error) ?? error;
    }
  }

  /** Removes everything stored for the user (account deletion). Idempotent. */
  async deleteForUser(userId: string): Promise<boolean> {
    const { deletedCount } = await this.preferences.deleteOne({ userId });
    return deletedCount > 0;
  }
}

function toUpdate(change: PreferencesChange): UpdateQuery<PreferencesDocument> {
  const $set: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    if (value !== null && value !== undefined) $set[path] = value;
  };
  put('weightUnit', change.weightUnit);
  put('showPoundsAndOunces', change.showPoundsAndOunces);
  put('theme', change.theme);
  if (change.currency != null) {
    const currency = normaliseCurrency(change.currency);
    if (!currency) throw badUserInput('Use an ISO 4217 currency code such as EUR.', 'input.currency');
    put('currency', currency);
  }
  if (change.locale != null) {
    const locale = canonicaliseLocale(change.locale);
    if (!locale) throw badUserInput('Use a BCP 47 language tag such as en-GB.', 'input.locale');
    put('locale', locale);
  }
  put('checklist.hidePacked', change.checklist?.hidePacked);
  put('checklist.sortOrder', change.checklist?.sortOrder);
  put('palette.name', change.palette?.name);
  put('palette.categoryColorOrder', change.palette?.categoryColorOrder);

  const update: UpdateQuery<PreferencesDocument> = {};
  if (Object.keys($set).length > 0) update.$set = $set;
  const complete = change.onboarding?.complete ?? [];
  const reset = change.onboarding?.reset ?? [];
  if (complete.length > 0 && reset.length > 0) {
    throw badUserInput('Complete or reset onboarding steps, not both in one update.', 'input.onboarding');
  }
  if (complete.length > 0) update.$addToSet = { 'onboarding.completedSteps': { $each: complete } };
  if (reset.length > 0) update.$pull = { 'onboarding.completedSteps': { $in: reset } };
  return update;
}

/** Mongoose's refusal of a value (schema validator, cast, unknown path) as BAD_USER_INPUT on it. */
function asBadUserInput(error: unknown): Error | undefined {
  if (error instanceof MongooseError.ValidationError) {
    const [path, detail] = Object.entries(error.errors)[0] ?? ['', undefined];
    return badUserInput(detail?.message ?? 'Invalid preference value.', inputField(path));
  }
  if (error instanceof MongooseError.CastError || error instanceof MongooseError.StrictModeError) {
    return badUserInput(`Invalid value for ${error.path}.`, inputField(error.path));
  }
  return undefined;
}

/** `palette.categoryColorOrder.3` → `input.palette.categoryColorOrder` (the input field, not the element). */
function inputField(path: string): string {
  const field = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  return field ? `input.${field}` : 'input';
}

function withDefaults(stored: StoredSettings | null): PreferencesView {
  const d = DEFAULT_PREFERENCES;
  return {
    weightUnit: stored?.weightUnit ?? d.weightUnit,
    showPoundsAndOunces: stored?.showPoundsAndOunces ?? d.showPoundsAndOunces,
    theme: stored?.theme ?? d.theme,
    currency: stored?.currency ?? d.currency,
    locale: stored?.locale ?? d.locale,
    checklist: {
      hidePacked: stored?.checklist?.hidePacked ?? d.checklist.hidePacked,
      sortOrder: stored?.checklist?.sortOrder ?? d.checklist.sortOrder,
    },
    palette: {
      name: stored?.palette?.name ?? d.palette.name,
      categoryColorOrder: stored?.palette?.categoryColorOrder ?? [...d.palette.categoryColorOrder],
    },
    onboarding: {
      completedSteps: stored?.onboarding?.completedSteps ?? [...d.onboarding.completedSteps],
    },
  };
}
