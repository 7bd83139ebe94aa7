import { type DynamicModule, Module } from '@nestjs/common';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { subgraphImports } from '@packyourbag/service-kit/nest';
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
      imports: subgraphImports({
        name: 'packing',
        logger: deps.logger,
        introspection: deps.config.introspection,
        scalars: { DateTime: DateTimeScalar },
        readiness: async () => {
          await deps.database.$queryRaw`SELECT 1`;
        },
      }),
      providers: [
        { provide: ItemService, useValue: new ItemService(deps.database) },
        UserItemsResolver,
        ItemMutationsResolver,
      ],
    };
  }
}
