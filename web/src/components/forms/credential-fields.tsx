import { TextField, type TextFieldProps } from './text-field';

type CredentialFieldProps = Omit<TextFieldProps, 'type' | 'label' | 'name' | 'autoComplete'> & {
  /** @default 'Email' or 'Password' */
  label?: string;
  /** The form field's name. @default 'email' or 'password' */
  name?: string;
};

/** An email address field: type, autocomplete, label and name set once for every form that asks. */
export function EmailField({ label = 'Email', name = 'email', ...field }: CredentialFieldProps) {
  return <TextField label={label} name={name} type="email" autoComplete="email" {...field} />;
}

export interface PasswordFieldProps extends CredentialFieldProps {
  /** The password the person has, or one they choose now (a password manager offers to make one). */
  autoComplete: 'current-password' | 'new-password';
}

/** A password field: the current one or a new one. */
export function PasswordField({ label = 'Password', name = 'password', ...field }: PasswordFieldProps) {
  return <TextField label={label} name={name} type="password" {...field} />;
}
