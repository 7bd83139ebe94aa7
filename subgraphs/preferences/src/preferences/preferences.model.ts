import { Schema, type Connection, type Model } from 'mongoose';

export const WEIGHT_UNITS = ['G', 'KG', 'OZ', 'LB'] as const;
export const THEMES = ['LIGHT', 'DARK', 'SYSTEM'] as const;

export interface PreferencesDocument {
  userId: string;
  weightUnit: (typeof WEIGHT_UNITS)[number];
  theme: (typeof THEMES)[number];
  updatedAt: Date;
}

/** What a user sees before saving anything; never written until they change something. */
export const DEFAULT_PREFERENCES: Pick<PreferencesDocument, 'weightUnit' | 'theme'> = {
  weightUnit: 'G',
  theme: 'SYSTEM',
};

const preferencesSchema = new Schema<PreferencesDocument>(
  {
    userId: { type: String, required: true, unique: true },
    weightUnit: { type: String, enum: WEIGHT_UNITS, default: DEFAULT_PREFERENCES.weightUnit },
    theme: { type: String, enum: THEMES, default: DEFAULT_PREFERENCES.theme },
  },
  {
    collection: 'preferences',
    timestamps: { createdAt: false, updatedAt: true },
    versionKey: false,
    strict: 'throw',
  },
);

export type PreferencesModel = Model<PreferencesDocument>;

export function preferencesModel(connection: Connection): PreferencesModel {
  return connection.model<PreferencesDocument>('Preferences', preferencesSchema);
}
