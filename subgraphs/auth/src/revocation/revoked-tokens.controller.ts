import { Controller, Get, Header, Inject } from '@nestjs/common';
import type { RevocationSnapshot } from '@packyourbag/service-kit';
import { RevocationFeed } from './revocation-feed.js';

/**
 * Revoked-but-unexpired token ids for every verifier (router, subgraphs), polled every few
 * seconds. Public like the JWKS: it lists random ids, nothing about who they belong to.
 */
@Controller('.well-known')
export class RevokedTokensController {
  constructor(@Inject(RevocationFeed) private readonly feed: RevocationFeed) {}

  @Get('revoked-tokens')
  @Header('Cache-Control', 'public, max-age=5')
  revokedTokens(): Promise<RevocationSnapshot> {
    return this.feed.snapshot();
  }
}
