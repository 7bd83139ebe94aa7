import { badUserInput } from '@packyourbag/service-kit';
import { Error as MongooseError } from 'mongoose';
import { DEFAULT_PREFERENCES, type PreferencesDocument, type PreferencesModel } from './preferences.model.js';

export type PreferencesView = Pick<PreferencesDocument, 'weightUnit' | 'theme'>;
/** A partial update; null or absent fields keep their stored value. */
export type PreferencesChange = { [Field in keyof PreferencesView]?: PreferencesView[Field] | null };

/** One settings document per user. */
export class PreferencesService {
  constructor(private readonly preferences: PreferencesModel) {}

  /** Stored settings merged over the defaults; reading never writes. */
  async forUser(userId: string): Promise<PreferencesView> {
    const stored = await this.preferences.findOne({ userId }, { weightUnit: 1, theme: 1, _id: 0 }).lean();
    return withDefaults(stored);
  }

  /**
   * Sets only the given fields (`$set` of those paths), so two concurrent updates of different
   * fields both survive; the upsert creates the document on the first change.
   */
  async update(userId: string, change: PreferencesChange): Promise<PreferencesView> {
    const $set = stripNullish(change);
    try {
      const updated = await this.preferences
        .findOneAndUpdate(
          { userId },
          { $set },
          {
            upsert: true,
            returnDocument: 'after',
            runValidators: true,
            setDefaultsOnInsert: true,
            projection: { weightUnit: 1, theme: 1, _id: 0 },
          },
        )
        .lean();
      return withDefaults(updated);
    } catch (error) {
      if (error instanceof MongooseError.ValidationError) {
        const [path, detail] = Object.entries(error.errors)[0] ?? ['input', undefined];
        throw badUserInput(detail?.message ?? 'Invalid preference value.', `input.${path}`);
      }
      throw error;
    }
  }
}

/** Only the public fields (mongoose returns `_id` whatever the projection says), defaults filled in. */
function withDefaults(stored: Partial<PreferencesDocument> | null): PreferencesView {
  return {
    weightUnit: stored?.weightUnit ?? DEFAULT_PREFERENCES.weightUnit,
    theme: stored?.theme ?? DEFAULT_PREFERENCES.theme,
  };
}

function stripNullish<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}
