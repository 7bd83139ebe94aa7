// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyPalette, PALETTE_BOOT_SCRIPT } from './palette';

describe('applyPalette', () => {
  it('marks <html> with the palette the CSS selects on, and clears it for the default', () => {
    applyPalette('COLORBLIND_SAFE');
    expect(document.documentElement.dataset['palette']).toBe('colorblind_safe');
    applyPalette('DEFAULT');
    expect(document.documentElement.dataset['palette']).toBeUndefined();
  });

  it('remembers the palette, and the boot script applies it on the next load before anything renders', () => {
    applyPalette('PASTEL');
    delete document.documentElement.dataset['palette'];
    new Function(PALETTE_BOOT_SCRIPT)();
    expect(document.documentElement.dataset['palette']).toBe('pastel');

    applyPalette('DEFAULT');
    new Function(PALETTE_BOOT_SCRIPT)();
    expect(document.documentElement.dataset['palette']).toBeUndefined();
  });
});
