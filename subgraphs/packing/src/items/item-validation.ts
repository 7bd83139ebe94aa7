import { badUserInput } from '@packyourbag/service-kit';

export const MAX_NAME_LENGTH = 200;
/** 100 kg per unit, exclusive: no single piece of backpacking gear weighs that. */
export const MAX_WEIGHT_MG = 100_000_000;

export interface ItemDraft {
  name: string;
  description?: string | null;
  weightMg: number;
}

export function validateItemDraft(draft: ItemDraft): ItemDraft {
  const name = draft.name.trim();
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
    throw badUserInput(`Name must be 1 to ${MAX_NAME_LENGTH} characters.`, 'input.name');
  }
  if (!Number.isInteger(draft.weightMg) || draft.weightMg < 0 || draft.weightMg >= MAX_WEIGHT_MG) {
    throw badUserInput('Weight must be at least 0 and under 100 kg (100 000 000 mg).', 'input.weightMg');
  }
  const description = draft.description?.trim() || null;
  if (description && description.length > 2000) {
    throw badUserInput('Description must be at most 2000 characters.', 'input.description');
  }
  return { name, description, weightMg: draft.weightMg };
}
