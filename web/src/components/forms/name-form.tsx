import type { FormEvent } from 'react';
import type { FormErrors } from '@/lib/graphql/api-error';
import { FormAlert } from './form-alert';
import { TextField } from './text-field';

export interface NameFormProps {
  /** The form's heading: "New list". */
  heading: string;
  /** The field's label: "List name". */
  label: string;
  /** The button: "Create list". */
  submitLabel: string;
  busy: boolean;
  /** The API's errors for the last try (field `name`, or the whole form). */
  errors?: FormErrors;
  onSubmit: (name: string) => void;
}

/** Starts something that needs only a name (a list, a pack). Presentational. */
export function NameForm({ heading, label, submitLabel, busy, errors, onSubmit }: NameFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get('name') ?? ''));
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2>{heading}</h2>
      <FormAlert message={errors?.form} />
      <TextField label={label} name="name" required maxLength={200} error={errors?.fields['name']} />
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
