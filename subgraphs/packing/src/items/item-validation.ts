import { badUserInput } from '@packyourbag/service-kit';
import * as rules from '../validation/input-rules.js';

export { MAX_NAME_LENGTH, MAX_WEIGHT_MG } from '../validation/input-rules.js';

export interface ItemDraft {
  name: string;
  description?: string | null;
  weightMg: number;
  /** The unit the person entered the weight in; G when not given. */
  weightUnit?: string | null;
  categoryId?: string | null;
  priceMinor?: number | null;
  currency?: string | null;
  link?: string | null;
  notes?: string | null;
}

export interface ValidItem {
  name: string;
  description: string | null;
  weightMg: number;
  weightUnit: string;
  categoryId: string | null;
  priceMinor: number | null;
  currency: string | null;
  link: string | null;
  notes: string | null;
}

/** Checks a whole item (new, or an existing one with changes applied); `prefix` is the input path. */
export function validateItemDraft(draft: ItemDraft, prefix = 'input'): ValidItem {
  const priceMinor = draft.priceMinor ?? null;
  const currency = draft.currency ?? null;
  if ((priceMinor === null) !== (currency === null)) {
    throw badUserInput('A price needs a currency, and a currency a price.', `${prefix}.currency`);
  }
  return {
    name: rules.name(draft.name, `${prefix}.name`),
    weightMg: rules.weightMg(draft.weightMg, `${prefix}.weightMg`),
    weightUnit: rules.weightUnit(draft.weightUnit ?? 'G', `${prefix}.weightUnit`),
    description: rules.optionalText(draft.description, `${prefix}.description`),
    categoryId: draft.categoryId ?? null,
    priceMinor: priceMinor === null ? null : rules.priceMinor(priceMinor, `${prefix}.priceMinor`),
    currency: currency === null ? null : rules.currency(currency, `${prefix}.currency`),
    link: rules.link(draft.link, `${prefix}.link`),
    notes: rules.optionalText(draft.notes, `${prefix}.notes`),
  };
}
