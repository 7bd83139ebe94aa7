import { type DynamicModule, Module } from '@nestjs/common';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { subgraphImports } from '@packyourbag/service-kit/nest';
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
      imports: subgraphImports({
        name: 'auth',
        logger: deps.logger,
        introspection: deps.config.introspection,
        scalars: { DateTime: DateTimeScalar },
        readiness: async () => {
          await deps.database.$queryRaw`SELECT 1`;
        },
      }),
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
