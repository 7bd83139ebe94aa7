import { join } from 'node:path';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from '@packyourbag/service-kit';
import { HealthModule, subgraphGraphQLOptions } from '@packyourbag/service-kit/nest';
import type { Connection } from 'mongoose';
import type { PreferencesConfig } from './config.js';
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
    return {
      module: PreferencesModule,
      imports: [
        HealthModule.register(async () => {
          const db = deps.connection.db;
          if (!db) throw new Error('MongoDB is not connected.');
          await db.admin().ping();
        }),
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          ...subgraphGraphQLOptions({
            schemaPath: join(__dirname, '../../../schema/preferences.graphql'),
            logger: deps.logger,
            introspection: deps.config.introspection,
            extendContext: (base) => base,
          }),
        }),
      ],
      providers: [
        { provide: PreferencesService, useValue: new PreferencesService(preferencesModel(deps.connection)) },
        UserPreferencesResolver,
        PreferencesMutationsResolver,
      ],
    };
  }
}
