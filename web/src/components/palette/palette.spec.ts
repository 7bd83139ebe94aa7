// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyPalette } from './palette';

describe('applyPalette', () => {
  it('marks <html> with the palette the CSS selects on, and clears it for the default', () => {
    applyPalette('COLORBLIND_SAFE');
    expect(document.documentElement.dataset['palette']).toBe('colorblind_safe');
    applyPalette('DEFAULT');
    expect(document.documentElement.dataset['palette']).toBeUndefined();
  });
});
