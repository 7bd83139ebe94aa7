import { Inject } from '@nestjs/common';
import { Args, Context, Query, ResolveField, ResolveReference, Resolver, Parent } from '@nestjs/graphql';
import { badUserInput, forbidden, requireCaller } from '@packyourbag/service-kit';
import { MAX_SECURITY_EVENTS_PAGE, SecurityEventLog } from '../audit/security-event-log.js';
import { requireSessionCaller } from '../caller-guards.js';
import type { SubgraphContext } from '../context.js';
import type { ArgsOf, ParentOf, ReferenceOf, ResultOf } from '../generated/graphql.js';
import { PersonalTokenService } from '../personal-tokens/personal-token.service.js';
import { SessionService } from '../sessions/session.service.js';
import { AccountService } from './account.service.js';

/** `User` as auth owns it: the signed-in user, and entity references from other subgraphs. */
@Resolver('User')
export class UserResolver {
  constructor(
    @Inject(AccountService) private readonly accounts: AccountService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(PersonalTokenService) private readonly personalTokens: PersonalTokenService,
    @Inject(SecurityEventLog) private readonly audit: SecurityEventLog,
  ) {}

  @Query('me')
  me(@Context() context: SubgraphContext): Promise<ResultOf<'Query', 'me'>> {
    return this.accounts.findById(requireCaller(context).userId);
  }

  /**
   * Only the caller's own user resolves: another user's id answers like a missing one. No parameter
   * decorators here: Apollo calls a reference resolver with (reference, context, info), which Nest
   * passes through only when no parameter is decorated; with @Context() on the second, `reference`
   * arrived undefined and every `_entities` User request failed.
   */
  @ResolveReference()
  resolveReference(
    reference: ReferenceOf<'User'>,
    context: SubgraphContext,
  ): Promise<ResultOf<'User', '__resolveReference'>> {
    if (context.caller?.userId !== reference.id) return Promise.resolve(null);
    return this.accounts.findById(reference.id);
  }

  @ResolveField('email')
  email(@Parent() user: ParentOf<'User'>): ResultOf<'User', 'email'> {
    return user.email ?? '';
  }

  @ResolveField('sessions')
  userSessions(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'sessions'>> {
    const caller = ownUser(user, context);
    return this.sessions.list(user.id, caller.sessionId);
  }

  @ResolveField('personalAccessTokens')
  personalAccessTokens(
    @Parent() user: ParentOf<'User'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'personalAccessTokens'>> {
    ownUser(user, context);
    return this.personalTokens.list(user.id);
  }

  @ResolveField('securityEvents')
  async securityEvents(
    @Parent() user: ParentOf<'User'>,
    @Args() { first, after }: ArgsOf<'User', 'securityEvents'>,
    @Context() context: SubgraphContext,
  ): Promise<ResultOf<'User', 'securityEvents'>> {
    ownUser(user, context);
    // The SDL defaults `first` to 20, but a caller may still send an explicit null.
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 0 || size > MAX_SECURITY_EVENTS_PAGE) {
      throw badUserInput(`first must be 0 to ${MAX_SECURITY_EVENTS_PAGE}.`, 'first');
    }
    const page = await this.audit.page(user.id, size, after ? decodeCursor(after) : undefined);
    const nodes = page.events.map((event) => ({
      id: event.id.toString(),
      type: event.type,
      ipAddress: event.ip,
      userAgent: event.userAgent,
      createdAt: event.createdAt,
    }));
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }
}

/** Account details belong to the session that owns them, never to another user or a personal token. */
function ownUser(user: ParentOf<'User'>, context: SubgraphContext) {
  const caller = requireSessionCaller(context);
  if (caller.userId !== user.id) throw forbidden('Only your own account can be read.');
  return caller;
}

const encodeCursor = (id: string) => Buffer.from(`event:${id}`).toString('base64url');

function decodeCursor(cursor: string): bigint {
  const match = /^event:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badUserInput('This cursor is not valid.', 'after');
  return BigInt(match[1]);
}
