'use client';

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import { gramsToMilligrams } from '@/lib/weight/convert-weight';
import { CreateItemMutation } from './gear.documents';

/** Adds an item; the weight is typed in grams and sent as whole milligrams. */
export function AddItemForm() {
  const [{ fetching, error }, createItem] = useMutation(CreateItemMutation);
  const [errors, setErrors] = useState<FormErrors>();
  const [status, setStatus] = useState('');
  useEndSessionOnUnauthenticated(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '');
    const weightMg = gramsToMilligrams(String(data.get('weightGrams') ?? ''));
    setStatus('');
    if (weightMg === undefined) {
      setErrors({
        fields: { weightMg: 'Enter the weight in grams, like 450 or 12.5.' },
        unauthenticated: false,
      });
      return;
    }
    setErrors(undefined);
    const result = await createItem({ input: { name, weightMg } });
    if (result.data) {
      form.reset();
      setStatus(`Added ${result.data.createItem.name}.`);
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
          label="Weight (grams)"
          name="weightGrams"
          inputMode="decimal"
          required
          autoComplete="off"
          error={errors?.fields['weightMg']}
        />
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
