import { join } from 'node:path';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { HealthModule, subgraphGraphQLOptions } from '@packyourbag/service-kit/nest';
import { AccountMutationsResolver } from './accounts/account-mutations.resolver.js';
import { AccountService } from './accounts/account.service.js';
import { UserResolver } from './accounts/user.resolver.js';
import type { AuthConfig } from './config.js';
import type { AuthDatabase } from './database/create-prisma-client.js';
import { JwksController } from './signing-keys/jwks.controller.js';
import { SigningKeyStore } from './signing-keys/signing-key-store.js';

export interface AuthModuleDependencies {
  config: AuthConfig;
  logger: Logger;
  database: AuthDatabase;
  keys: SigningKeyStore;
  accounts: AccountService;
}

/** Composition root: objects are built in main.ts and handed to Nest as values. */
@Module({})
export class AuthModule {
  static forRoot(deps: AuthModuleDependencies): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        HealthModule.register(async () => {
          await deps.database.$queryRaw`SELECT 1`;
        }),
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          ...subgraphGraphQLOptions({
            schemaPath: join(__dirname, '../../../schema/auth.graphql'),
            logger: deps.logger,
            introspection: deps.config.introspection,
            extendContext: (base) => base,
          }),
          resolvers: { DateTime: DateTimeScalar },
        }),
      ],
      controllers: [JwksController],
      providers: [
        { provide: SigningKeyStore, useValue: deps.keys },
        { provide: AccountService, useValue: deps.accounts },
        AccountMutationsResolver,
        UserResolver,
      ],
    };
  }
}
