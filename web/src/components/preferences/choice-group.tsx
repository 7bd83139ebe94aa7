export interface ChoiceGroupProps<Code extends string> {
  legend: string;
  name: string;
  options: Readonly<Record<Code, { label: string }>>;
  value: Code;
  disabled?: boolean;
  error?: string;
  onChange: (value: string) => void;
}

/** A fieldset of radio buttons: one labelled choice among a closed set. Presentational. */
export function ChoiceGroup<Code extends string>(props: ChoiceGroupProps<Code>) {
  const { legend, name, options, value, disabled, error, onChange } = props;
  const errorId = `${name}-error`;
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {(Object.keys(options) as Code[]).map((code) => (
        <label key={code} className="choice">
          <input
            type="radio"
            name={name}
            value={code}
            checked={code === value}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
          {options[code].label}
        </label>
      ))}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
