'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { WEIGHT_UNITS, type WeightUnitCode } from '@/lib/weight/weight-unit';
import { CreateItemMutation } from './gear.documents';
import { readFragment } from '@/gql';
import { parseWeightInput } from '@/lib/weight/weight-input';
import { CategoryOptions } from './category-options';
import { GearTableItemFragment, type GearTableCategory } from './gear-table';

export interface AddItemFormProps {
  unit: WeightUnitCode;
  categories: readonly GearTableCategory[];
}

/** Adds an item; the weight is typed in the user's unit and sent as whole milligrams. */
export function AddItemForm({ unit, categories }: AddItemFormProps) {
  const [{ fetching }, createItem] = useMutation(CreateItemMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const [status, setStatus] = useState('');
  const symbol = WEIGHT_UNITS[unit].symbol;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '');
    const weightMg = parseWeightInput(String(data.get('weight') ?? ''), unit);
    const categoryId = String(data.get('categoryId') ?? '') || undefined;
    setStatus('');
    if (weightMg === undefined) {
      setErrors({
        fields: { weightMg: `Enter the weight in ${symbol}, like 450 or 12.5.` },
        unauthenticated: false,
      });
      return;
    }
    setErrors(undefined);
    const result = await createItem({ input: { name, weightMg, categoryId } });
    if (result.data) {
      form.reset();
      setStatus(`Added ${readFragment(GearTableItemFragment, result.data.createItem).name}.`);
    } else if (result.error) {
      setErrors(toFormErrors(result.error));
    }
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-busy={fetching}>
      <h2>Add an item</h2>
      <FormAlert message={errors?.form} />
      <div className="row">
        <TextField label="Name" name="name" required maxLength={200} error={errors?.fields['name']} />
        <TextField
          label={`Weight (${symbol})`}
          name="weight"
          inputMode="decimal"
          required
          autoComplete="off"
          error={errors?.fields['weightMg']}
        />
        <label className="field">
          <span>Category</span>
          <select name="categoryId" defaultValue="">
            <CategoryOptions categories={categories} noneLabel="Uncategorised" />
          </select>
        </label>
      </div>
      <button type="submit" className="button primary" disabled={fetching}>
        {fetching ? 'Adding…' : 'Add item'}
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}
