import type { Theme } from '@/gql/graphql';

/** The wire value of a theme ('LIGHT' | 'DARK' | 'SYSTEM'), derived from the generated type. */
export type ThemeCode = `${Theme}`;

export const THEMES: Readonly<Record<ThemeCode, { label: string }>> = {
  SYSTEM: { label: 'Same as my device' },
  LIGHT: { label: 'Light' },
  DARK: { label: 'Dark' },
};

/** Where the last applied theme is remembered so the next page load paints in it at once. */
export const THEME_STORAGE_KEY = 'pyb.theme';

/** Narrows form input (a radio's value) to a theme the API accepts. */
export function parseTheme(value: string): Theme | undefined {
  // Checked against the schema's closed set first; a string enum's runtime value is that string.
  return Object.hasOwn(THEMES, value) ? (value as Theme) : undefined;
}

/**
 * Sets `data-theme` on `<html>` (the CSS variables follow it; `system` defers to
 * `prefers-color-scheme`) and remembers it for the next load.
 */
export function applyTheme(theme: ThemeCode): void {
  document.documentElement.dataset['theme'] = theme.toLowerCase();
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme.toLowerCase());
  } catch {
    // Storage blocked: the theme still applies to this page.
  }
}

/**
 * Runs in `<head>` before the first paint: applies the remembered theme so a dark-mode user never
 * sees a light flash while the preferences query is in flight.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(t==="light"||t==="dark"||t==="system")document.documentElement.dataset.theme=t}catch(e){}})()`;
