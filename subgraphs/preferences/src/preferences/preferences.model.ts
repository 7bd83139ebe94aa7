import { Schema, type Connection, type Model } from 'mongoose';
import type {
  ChecklistSortOrder,
  OnboardingStep,
  PaletteName,
  Theme,
  WeightUnit,
} from '../generated/graphql.js';
import { isCurrencyCode, isCanonicalLocale } from './locale-and-currency.js';

// The enums' values, typed against the generated GraphQL types so the two cannot drift apart.
export const WEIGHT_UNITS = ['G', 'KG', 'OZ', 'LB'] as const satisfies readonly WeightUnit[];
export const THEMES = ['LIGHT', 'DARK', 'SYSTEM'] as const satisfies readonly Theme[];
export const CHECKLIST_SORT_ORDERS = [
  'CATEGORY',
  'NAME',
  'WEIGHT',
  'LIST',
] as const satisfies readonly ChecklistSortOrder[];
export const PALETTE_NAMES = [
  'DEFAULT',
  'COLORBLIND_SAFE',
  'PASTEL',
  'HIGH_CONTRAST',
] as const satisfies readonly PaletteName[];
export const ONBOARDING_STEPS = [
  'WELCOME',
  'FIRST_ITEM',
  'FIRST_LIST',
  'FIRST_PACK',
  'FIRST_TRIP',
  'CHECKLIST_TOUR',
] as const satisfies readonly OnboardingStep[];
/** A palette has ten colours; `categoryColorOrder` holds indexes into it. */
export const PALETTE_SIZE = 10;

/** The settings a user sees and changes (the stored document minus bookkeeping). */
export interface PreferencesSettings {
  weightUnit: WeightUnit;
  showPoundsAndOunces: boolean;
  theme: Theme;
  currency: string;
  locale: string;
  checklist: { hidePacked: boolean; sortOrder: ChecklistSortOrder };
  palette: { name: PaletteName; categoryColorOrder: number[] };
  onboarding: { completedSteps: OnboardingStep[] };
}

export interface PreferencesDocument extends PreferencesSettings {
  userId: string;
  updatedAt: Date;
}

/** What a user sees before saving anything; never written until they change something. */
export const DEFAULT_PREFERENCES: Readonly<PreferencesSettings> = Object.freeze<PreferencesSettings>({
  weightUnit: 'G',
  showPoundsAndOunces: false,
  theme: 'SYSTEM',
  currency: 'USD',
  locale: 'en-US',
  checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
  palette: { name: 'DEFAULT', categoryColorOrder: [] },
  onboarding: { completedSteps: [] },
});

// Sub-documents without _id: they are parts of the settings, not things with an identity.
const checklistSchema = new Schema(
  {
    hidePacked: { type: Boolean },
    sortOrder: { type: String, enum: CHECKLIST_SORT_ORDERS },
  },
  { _id: false, strict: 'throw' },
);

const paletteSchema = new Schema(
  {
    name: { type: String, enum: PALETTE_NAMES },
    categoryColorOrder: {
      type: [{ type: Number, min: 0, max: PALETTE_SIZE - 1, validate: Number.isInteger }],
      default: undefined,
      validate: {
        validator: (order: number[]) => order.length <= PALETTE_SIZE && new Set(order).size === order.length,
        message: `At most ${PALETTE_SIZE} distinct colour indexes.`,
      },
    },
  },
  { _id: false, strict: 'throw' },
);

const onboardingSchema = new Schema(
  { completedSteps: { type: [{ type: String, enum: ONBOARDING_STEPS }], default: undefined } },
  { _id: false, strict: 'throw' },
);

/**
 * No defaults in the stored schema: a document holds only what the user changed, and defaults are
 * merged on read. So a default can change later for everyone who never chose, and an upsert of one
 * field never writes the others.
 */
const preferencesSchema = new Schema<PreferencesDocument>(
  {
    userId: { type: String, required: true, unique: true },
    weightUnit: { type: String, enum: WEIGHT_UNITS },
    showPoundsAndOunces: { type: Boolean },
    theme: { type: String, enum: THEMES },
    currency: {
      type: String,
      validate: { validator: isCurrencyCode, message: 'Not an ISO 4217 currency code.' },
    },
    locale: {
      type: String,
      validate: { validator: isCanonicalLocale, message: 'Not a canonical BCP 47 language tag.' },
    },
    checklist: { type: checklistSchema, default: undefined },
    palette: { type: paletteSchema, default: undefined },
    onboarding: { type: onboardingSchema, default: undefined },
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
