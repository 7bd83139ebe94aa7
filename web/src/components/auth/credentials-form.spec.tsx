import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CredentialsForm, type CredentialsFormProps } from './credentials-form';

const props: CredentialsFormProps = {
  title: 'Sign in',
  submitLabel: 'Sign in',
  passwordAutoComplete: 'current-password',
  busy: false,
  onSubmit: () => {},
};

describe('CredentialsForm', () => {
  it('shows API errors beside their fields and the form-level one as an alert', () => {
    const html = renderToStaticMarkup(
      <CredentialsForm
        {...props}
        errors={{
          fields: { password: 'Use at least 10 characters.' },
          form: 'Too many requests.',
          unauthenticated: false,
        }}
      />,
    );
    expect(html).toContain('<p role="alert" class="form-alert">Too many requests.</p>');
    expect(html).toMatch(/name="password"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*name="password"/);
    expect(html).toContain('class="field-error">Use at least 10 characters.</p>');
  });

  it('lets password managers tell sign-up from sign-in', () => {
    const html = renderToStaticMarkup(<CredentialsForm {...props} passwordAutoComplete="new-password" />);
    expect(html).toMatch(/name="password"|type="password"/);
    expect(html.toLowerCase()).toContain('autocomplete="new-password"');
  });

  it('disables the button and says so while busy', () => {
    const html = renderToStaticMarkup(<CredentialsForm {...props} busy />);
    expect(html).toContain('disabled="">Please wait…</button>');
  });
});
