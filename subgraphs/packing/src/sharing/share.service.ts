import { randomBytes } from 'node:crypto';
import { notFound } from '@packyourbag/service-kit';
import type { PackingDatabase } from '../database/create-prisma-client.js';
import type { GearList, Pack, ShareLink } from '../generated/prisma/client.js';
import { ownedRepositories, type OwnedRepositories } from '../ownership/owned-repositories.js';
import { requireUuid } from '../ownership/require-uuid.js';

/** 144 random bits, 24 base64url characters: unguessable, and short enough for a URL. */
export function newShareToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Read-only share links: creating one needs ownership; reading through one needs only the token. */
export class ShareService {
  private readonly owned: OwnedRepositories;

  constructor(private readonly database: PackingDatabase) {
    this.owned = ownedRepositories(database);
  }

  async shareList(ownerId: string, listId: string): Promise<ShareLink> {
    await this.owned.lists.requireAll(ownerId, [listId]);
    return this.database.shareLink.create({ data: { ownerId, listId, token: newShareToken() } });
  }

  async sharePack(ownerId: string, packId: string): Promise<ShareLink> {
    await this.owned.packs.requireAll(ownerId, [packId]);
    return this.database.shareLink.create({ data: { ownerId, packId, token: newShareToken() } });
  }

  /** Deletes the link: its token answers NOT_FOUND from then on. */
  async revoke(ownerId: string, id: string): Promise<string> {
    requireUuid('ShareLink', id);
    const { count } = await this.database.shareLink.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw notFound('ShareLink', id);
    return id;
  }

  /** Same answer for an unknown, revoked or pack token: NOT_FOUND without echoing the token. */
  async sharedList(token: string): Promise<GearList> {
    const link = await this.database.shareLink.findUnique({ where: { token }, include: { list: true } });
    if (!link?.list) throw notFound('Shared list', 'for this link');
    return link.list;
  }

  async sharedPack(token: string): Promise<Pack> {
    const link = await this.database.shareLink.findUnique({ where: { token }, include: { pack: true } });
    if (!link?.pack) throw notFound('Shared pack', 'for this link');
    return link.pack;
  }
}
