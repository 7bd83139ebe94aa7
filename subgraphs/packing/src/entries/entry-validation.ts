import type { EntryChangeInput, EntryInput } from '../generated/graphql.js';
import * as rules from '../validation/input-rules.js';

export interface ValidEntry {
  itemId: string;
  quantity: number;
  wornQuantity: number;
  consumable: boolean;
  note: string | null;
}

/** A new entry of a list or pack; `prefix` is its input path (`input`, `input.entries.3`). */
export function validateEntry(input: EntryInput, prefix: string): ValidEntry {
  const quantity = rules.quantity(input.quantity ?? 1, `${prefix}.quantity`);
  return {
    itemId: input.itemId,
    quantity,
    wornQuantity: rules.wornQuantity(input.wornQuantity ?? 0, quantity, `${prefix}.wornQuantity`),
    consumable: input.consumable ?? false,
    note: rules.optionalText(input.note, `${prefix}.note`),
  };
}

/** An existing entry with the given changes applied (null or absent keeps a value, except note). */
export function applyEntryChange(
  current: Omit<ValidEntry, 'itemId'>,
  change: EntryChangeInput,
  prefix: string,
): Omit<ValidEntry, 'itemId'> {
  const quantity = rules.quantity(change.quantity ?? current.quantity, `${prefix}.quantity`);
  return {
    quantity,
    wornQuantity: rules.wornQuantity(
      change.wornQuantity ?? current.wornQuantity,
      quantity,
      `${prefix}.wornQuantity`,
    ),
    consumable: change.consumable ?? current.consumable,
    note: change.note === undefined ? current.note : rules.optionalText(change.note, `${prefix}.note`),
  };
}
