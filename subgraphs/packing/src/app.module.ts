import { type DynamicModule, Module } from '@nestjs/common';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { metricsController, subgraphImports } from '@packyourbag/service-kit/nest';
import type { Registry } from 'prom-client';
import { CategoryMutationsResolver, UserCategoriesResolver } from './categories/category.resolver.js';
import { CategoryService } from './categories/category.service.js';
import type { PackingConfig } from './config.js';
import type { SubgraphContext } from './context.js';
import { ListEntryResolver, PackEntryResolver } from './entries/entry.resolver.js';
import { DataExportResolver } from './data-export/data-export.resolver.js';
import { PackingExportService } from './data-export/packing-export.service.js';
import type { PackingDatabase } from './database/create-prisma-client.js';
import { ItemMutationsResolver } from './items/item-mutations.resolver.js';
import { ItemResolver } from './items/item.resolver.js';
import { ItemService } from './items/item.service.js';
import { UserItemsResolver } from './items/user-items.resolver.js';
import {
  ImportErrorResolver,
  ImportPreviewRowResolver,
  LighterPackImportResolver,
  LighterPackMutationsResolver,
  LighterPackQueriesResolver,
  UserLighterPackResolver,
} from './lighterpack/lighterpack.resolver.js';
import { LighterPackImportService } from './lighterpack/lighterpack-import.service.js';
import {
  ListMutationsResolver,
  ListQueriesResolver,
  UserListsResolver,
} from './lists/list-operations.resolver.js';
import { ListResolver } from './lists/list.resolver.js';
import { ListService } from './lists/list.service.js';
import { createLoaders } from './loaders/create-loaders.js';
import {
  PackMutationsResolver,
  PackQueriesResolver,
  UserPacksResolver,
} from './packs/pack-operations.resolver.js';
import { PackResolver } from './packs/pack.resolver.js';
import { PackService } from './packs/pack.service.js';
import { SampleGearMutationsResolver } from './sample-gear/sample-gear.resolver.js';
import { SampleGearService } from './sample-gear/sample-gear.service.js';
import { DateScalar } from './scalars/date.scalar.js';
import { MilligramsScalar, MinorUnitsScalar } from './scalars/safe-integer.scalar.js';
import {
  SharedListResolver,
  SharedPackResolver,
  SharedQueriesResolver,
  SharingMutationsResolver,
} from './sharing/sharing.resolver.js';
import { ShareService } from './sharing/share.service.js';
import {
  TripMutationsResolver,
  TripQueriesResolver,
  UserTripsResolver,
} from './trips/trip-operations.resolver.js';
import { TripResolver } from './trips/trip.resolver.js';
import { TripService } from './trips/trip.service.js';
import { UserGearStatisticsResolver } from './users/gear-statistics.resolver.js';
import { GearStatisticsService } from './users/gear-statistics.service.js';

export interface PackingModuleDependencies {
  config: PackingConfig;
  logger: Logger;
  database: PackingDatabase;
  /** What GET /metrics serves (process metrics, the lifecycle consumer's counters and gauges). */
  metrics: Registry;
  /** Made by the caller, which also recovers interrupted jobs through it and stops it on shutdown. */
  imports: LighterPackImportService;
}

@Module({})
export class PackingModule {
  static forRoot(deps: PackingModuleDependencies): DynamicModule {
    const { database } = deps;
    return {
      module: PackingModule,
      imports: subgraphImports<SubgraphContext>({
        name: 'packing',
        logger: deps.logger,
        schemaExposure: deps.config,
        scalars: {
          DateTime: DateTimeScalar,
          Date: DateScalar,
          Milligrams: MilligramsScalar,
          MinorUnits: MinorUnitsScalar,
        },
        // A fresh set of DataLoaders per request: batching within it, no cache across callers.
        extendContext: (base) => ({ ...base, loaders: createLoaders(database) }),
        readiness: async () => {
          await database.$queryRaw`SELECT 1`;
        },
      }),
      controllers: [metricsController(deps.metrics)],
      providers: [
        { provide: ItemService, useValue: new ItemService(database) },
        { provide: CategoryService, useValue: new CategoryService(database) },
        { provide: ListService, useValue: new ListService(database) },
        { provide: PackService, useValue: new PackService(database) },
        { provide: TripService, useValue: new TripService(database) },
        { provide: ShareService, useValue: new ShareService(database) },
        { provide: GearStatisticsService, useValue: new GearStatisticsService(database) },
        { provide: PackingExportService, useValue: new PackingExportService(database) },
        { provide: SampleGearService, useValue: new SampleGearService(database) },
        { provide: LighterPackImportService, useValue: deps.imports },
        UserItemsResolver,
        ItemResolver,
        ItemMutationsResolver,
        UserCategoriesResolver,
        CategoryMutationsResolver,
        UserListsResolver,
        ListQueriesResolver,
        ListMutationsResolver,
        ListResolver,
        ListEntryResolver,
        PackEntryResolver,
        UserPacksResolver,
        PackQueriesResolver,
        PackMutationsResolver,
        PackResolver,
        UserTripsResolver,
        TripQueriesResolver,
        TripMutationsResolver,
        TripResolver,
        SharedQueriesResolver,
        SharedListResolver,
        SharedPackResolver,
        SharingMutationsResolver,
        UserLighterPackResolver,
        LighterPackQueriesResolver,
        LighterPackImportResolver,
        ImportPreviewRowResolver,
        ImportErrorResolver,
        LighterPackMutationsResolver,
        UserGearStatisticsResolver,
        DataExportResolver,
        SampleGearMutationsResolver,
      ],
    };
  }
}
