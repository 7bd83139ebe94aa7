import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

/** Reads an attribute of the rendered <input>. */
function inputAttribute(html: string, name: string): string | undefined {
  return new RegExp(`<input[^>]* ${name}="([^"]*)"`).exec(html)?.[1];
}

describe('TextField', () => {
  it('labels the input', () => {
    const html = renderToStaticMarkup(<TextField label="Email" name="email" />);
    const id = inputAttribute(html, 'id');
    expect(html).toContain(`<label for="${id}">Email</label>`);
  });

  it('marks the input invalid and points it at the API error', () => {
    const html = renderToStaticMarkup(
      <TextField label="Email" name="email" hint="We never share it." error="Enter a valid email." />,
    );
    expect(inputAttribute(html, 'aria-invalid')).toBe('true');
    const describedBy = inputAttribute(html, 'aria-describedby');
    expect(html).toContain(`<p id="${describedBy}" class="field-error">Enter a valid email.</p>`);
    expect(html).not.toContain('We never share it.');
  });

  it('describes the input with its hint while there is no error', () => {
    const html = renderToStaticMarkup(
      <TextField label="Password" name="password" hint="At least 10 characters." />,
    );
    expect(inputAttribute(html, 'aria-invalid')).toBeUndefined();
    const describedBy = inputAttribute(html, 'aria-describedby');
    expect(html).toContain(`<p id="${describedBy}" class="field-hint">At least 10 characters.</p>`);
  });
});
