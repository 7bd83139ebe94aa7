import { Controller, Get, Header, Inject } from '@nestjs/common';
import type { JWK } from 'jose';
import { SigningKeyStore } from './signing-key-store.js';

/** Public keys for every service that verifies access tokens. Cached briefly: rotation adds keys ahead of use. */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(SigningKeyStore) private readonly keys: SigningKeyStore) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300, stale-while-revalidate=60')
  @Header('Content-Type', 'application/jwk-set+json')
  jwks(): { keys: JWK[] } {
    return this.keys.jwks();
  }
}
