import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from '@packyourbag/service-kit';
import { subgraphImports } from '@packyourbag/service-kit/nest';
import type { Connection } from 'mongoose';
import { Registry } from 'prom-client';
import type { PreferencesConfig } from './config.js';
import { DataExportResolver } from './data-export/data-export.resolver.js';
import { PreferencesExportService } from './data-export/preferences-export.service.js';
import { UserDataExportResolver } from './data-export/user-data-export.resolver.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { PreferencesMutationsResolver } from './preferences/preferences-mutations.resolver.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { UserPreferencesResolver } from './preferences/user-preferences.resolver.js';

export interface PreferencesModuleDependencies {
  config: PreferencesConfig;
  logger: Logger;
  connection: Connection;
  /** Shared with the lifecycle-events consumer, which deletes through it. */
  preferences: PreferencesService;
  /** What GET /metrics serves. */
  metrics: Registry;
}

@Module({})
export class PreferencesModule {
  static forRoot(deps: PreferencesModuleDependencies): DynamicModule {
    return {
      module: PreferencesModule,
      imports: subgraphImports({
        name: 'preferences',
        logger: deps.logger,
        schemaExposure: deps.config,
        readiness: async () => {
          const db = deps.connection.db;
          if (!db) throw new Error('MongoDB is not connected.');
          await db.admin().ping();
        },
      }),
      controllers: [MetricsController],
      providers: [
        { provide: Registry, useValue: deps.metrics },
        { provide: PreferencesService, useValue: deps.preferences },
        { provide: PreferencesExportService, useValue: new PreferencesExportService(deps.preferences) },
        UserPreferencesResolver,
        PreferencesMutationsResolver,
        UserDataExportResolver,
        DataExportResolver,
      ],
    };
  }
}
