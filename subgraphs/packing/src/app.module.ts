import { join } from 'node:path';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { HealthModule, subgraphGraphQLOptions } from '@packyourbag/service-kit/nest';
import type { PackingConfig } from './config.js';
import type { PackingDatabase } from './database/create-prisma-client.js';
import { ItemMutationsResolver } from './items/item-mutations.resolver.js';
import { ItemService } from './items/item.service.js';
import { UserItemsResolver } from './items/user-items.resolver.js';

export interface PackingModuleDependencies {
  config: PackingConfig;
  logger: Logger;
  database: PackingDatabase;
}

@Module({})
export class PackingModule {
  static forRoot(deps: PackingModuleDependencies): DynamicModule {
    return {
      module: PackingModule,
      imports: [
        HealthModule.register(async () => {
          await deps.database.$queryRaw`SELECT 1`;
        }),
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          ...subgraphGraphQLOptions({
            schemaPath: join(__dirname, '../../../schema/packing.graphql'),
            logger: deps.logger,
            introspection: deps.config.introspection,
            extendContext: (base) => base,
          }),
          resolvers: { DateTime: DateTimeScalar },
        }),
      ],
      providers: [
        { provide: ItemService, useValue: new ItemService(deps.database) },
        UserItemsResolver,
        ItemMutationsResolver,
      ],
    };
  }
}
