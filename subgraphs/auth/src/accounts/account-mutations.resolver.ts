import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { MutationSignInArgs, MutationSignUpArgs } from '../generated/graphql.js';
import { AccountService, type SignedInAccount } from './account.service.js';

interface AuthPayloadResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: Date;
  user: SignedInAccount['user'];
}

function toPayload({ user, accessToken }: SignedInAccount): AuthPayloadResult {
  return { accessToken: accessToken.token, tokenType: 'Bearer', expiresAt: accessToken.expiresAt, user };
}

/** Sign-up and sign-in: public mutations, reachable only through the router. */
@Resolver('Mutation')
export class AccountMutationsResolver {
  constructor(@Inject(AccountService) private readonly accounts: AccountService) {}

  @Mutation('signUp')
  async signUp(@Args() { input }: MutationSignUpArgs): Promise<AuthPayloadResult> {
    return toPayload(await this.accounts.signUp(input.email, input.password));
  }

  @Mutation('signIn')
  async signIn(@Args() { input }: MutationSignInArgs): Promise<AuthPayloadResult> {
    return toPayload(await this.accounts.signIn(input.email, input.password));
  }
}
