import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from '@packyourbag/service-kit';
import { subgraphImports } from '@packyourbag/service-kit/nest';
import type { Connection } from 'mongoose';
import type { PreferencesConfig } from './config.js';
import { DataExportResolver } from './data-export/data-export.resolver.js';
import { PreferencesExportService } from './data-export/preferences-export.service.js';
import { UserDataExportResolver } from './data-export/user-data-export.resolver.js';
import { preferencesModel } from './preferences/preferences.model.js';
import { PreferencesMutationsResolver } from './preferences/preferences-mutations.resolver.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { UserPreferencesResolver } from './preferences/user-preferences.resolver.js';

export interface PreferencesModuleDependencies {
  config: PreferencesConfig;
  logger: Logger;
  connection: Connection;
}

@Module({})
export class PreferencesModule {
  static forRoot(deps: PreferencesModuleDependencies): DynamicModule {
    const preferences = new PreferencesService(preferencesModel(deps.connection));
    return {
      module: PreferencesModule,
      imports: subgraphImports({
        name: 'preferences',
        logger: deps.logger,
        introspection: deps.config.introspection,
        readiness: async () => {
          const db = deps.connection.db;
          if (!db) throw new Error('MongoDB is not connected.');
          await db.admin().ping();
        },
      }),
      providers: [
        { provide: PreferencesService, useValue: preferences },
        { provide: PreferencesExportService, useValue: new PreferencesExportService(preferences) },
        UserPreferencesResolver,
        PreferencesMutationsResolver,
        UserDataExportResolver,
        DataExportResolver,
      ],
    };
  }
}
