import type { PreferencesSettings } from '../preferences/preferences.model.js';
import type { PreferencesService } from '../preferences/preferences.service.js';

/** The preferences part of a data export; `format` versions its shape. */
export interface PreferencesExport {
  format: 'packyourbag.preferences/1';
  /** Whether anything is stored; false means every value below is a default. */
  stored: boolean;
  preferences: PreferencesSettings;
}

/** Assembles preferences' part of the user's data export. */
export class PreferencesExportService {
  constructor(private readonly preferences: PreferencesService) {}

  async exportFor(userId: string): Promise<PreferencesExport> {
    const { stored, settings } = await this.preferences.read(userId);
    return { format: 'packyourbag.preferences/1', stored, preferences: settings };
  }
}
