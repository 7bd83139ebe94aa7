import { type DynamicModule, Module } from '@nestjs/common';
import { DateTimeScalar, type Logger } from '@packyourbag/service-kit';
import { metricsController, subgraphImports } from '@packyourbag/service-kit/nest';
import type { Registry } from 'prom-client';
import { AccountMutationsResolver } from './accounts/account-mutations.resolver.js';
import { AccountService } from './accounts/account.service.js';
import { UserResolver } from './accounts/user.resolver.js';
import { SecurityEventLog } from './audit/security-event-log.js';
import type { AuthServices } from './auth-services.js';
import type { AuthConfig } from './config.js';
import { AccountExportService } from './data-export/account-export.service.js';
import { DataExportResolver } from './data-export/data-export.resolver.js';
import type { AuthDatabase } from './database/create-prisma-client.js';
import { PersonalTokenMutationsResolver } from './personal-tokens/personal-token-mutations.resolver.js';
import { PersonalTokenService } from './personal-tokens/personal-token.service.js';
import { RevocationFeed } from './revocation/revocation-feed.js';
import { RevokedTokensController } from './revocation/revoked-tokens.controller.js';
import { SessionMutationsResolver } from './sessions/session-mutations.resolver.js';
import { SessionService } from './sessions/session.service.js';
import { JwksController } from './signing-keys/jwks.controller.js';
import { SigningKeyStore } from './signing-keys/signing-key-store.js';

export interface AuthModuleDependencies {
  config: AuthConfig;
  logger: Logger;
  database: AuthDatabase;
  services: AuthServices;
  /** What GET /metrics serves (process metrics, the outbox relay's counters and backlog). */
  metrics: Registry;
}

/** Composition root: objects are built in main.ts and handed to Nest as values. */
@Module({})
export class AuthModule {
  static forRoot(deps: AuthModuleDependencies): DynamicModule {
    const { services } = deps;
    return {
      module: AuthModule,
      imports: subgraphImports({
        name: 'auth',
        logger: deps.logger,
        schemaExposure: deps.config,
        scalars: { DateTime: DateTimeScalar },
        readiness: async () => {
          await deps.database.$queryRaw`SELECT 1`;
        },
      }),
      controllers: [JwksController, RevokedTokensController, metricsController(deps.metrics)],
      providers: [
        { provide: SigningKeyStore, useValue: services.keys },
        { provide: AccountService, useValue: services.accounts },
        { provide: SessionService, useValue: services.sessions },
        { provide: PersonalTokenService, useValue: services.personalTokens },
        { provide: SecurityEventLog, useValue: services.audit },
        { provide: RevocationFeed, useValue: services.revocations },
        { provide: AccountExportService, useValue: new AccountExportService(deps.database) },
        AccountMutationsResolver,
        SessionMutationsResolver,
        PersonalTokenMutationsResolver,
        UserResolver,
        DataExportResolver,
      ],
    };
  }
}
