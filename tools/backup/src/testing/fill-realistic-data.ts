import { randomUUID } from 'node:crypto';
import { createPostgresTransport, type AnyLifecycleEvent } from '@packyourbag/lifecycle-events';
import pg from 'pg';

export interface FillUrls {
  /** As `pyb_auth`. */
  auth: string;
  /** As `pyb_packing`. */
  packing: string;
  /** As `pyb_events`. */
  events: string;
}

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Rows like the services write, through the services' own roles (so their grants are what lets
 * them in): accounts (one guest), sessions with a rotated refresh-token family, personal access
 * tokens, a signing key, security events, outbox rows, throttles; per user categories, items
 * (prices, links, Unicode, NULLs), lists with entries, a pack built from a list, trips with
 * check-offs, share links, an import job; lifecycle events published through the real queue.
 */
export async function fillRealisticData(urls: FillUrls, users = 4): Promise<{ userIds: string[] }> {
  const userIds = Array.from({ length: users }, () => randomUUID());
  await withClient(urls.auth, async (db) => {
    await db.query(
      `insert into auth.signing_keys (id, public_jwk, private_key_encrypted, latest_expires_at)
       values ('key-2026-12', '{"kty":"RSA","kid":"key-2026-12","e":"AQAB","n":"sXch"}', 'v1:iv:ciphertext', now() + interval '15 minutes')`,
    );
    for (const [index, userId] of userIds.entries()) {
      const guest = index === users - 1;
      await db.query(
        `insert into auth.users (id, email, password_hash, updated_at, is_guest)
         values ($1, $2, $3, now(), $4)`,
        [
          userId,
          guest ? null : `hiker${index}@example.org`,
          guest ? null : `$argon2id$v=19$m=19456,t=2,p=1$salt${index}$hash`,
          guest,
        ],
      );
      const session = randomUUID();
      await db.query(
        `insert into auth.sessions (id, user_id, expires_at, user_agent, ip)
         values ($1, $2, now() + interval '30 days', 'Mozilla/5.0 (X11; Linux) Firefox/133.0', '203.0.113.${index + 1}')`,
        [session, userId],
      );
      // A family rotated twice: the first two tokens used and replaced, the last one live.
      const tokens = [randomUUID(), randomUUID(), randomUUID()];
      for (const [position, token] of tokens.entries()) {
        await db.query(
          `insert into auth.refresh_tokens (id, family_id, token_hash, parent_id, used_at, replaced_by, expires_at)
           values ($1, $2, $3, $4, $5, $6, now() + interval '30 days')`,
          [
            token,
            session,
            `sha256:${token}`,
            position === 0 ? null : tokens[position - 1],
            position < 2 ? new Date() : null,
            position < 2 ? tokens[position + 1] : null,
          ],
        );
      }
      if (!guest) {
        await db.query(
          `insert into auth.personal_access_tokens (id, user_id, name, scopes, expires_at, signing_key_id)
           values ($1, $2, 'CLI on my laptop', array['packing:read','packing:write'], now() + interval '90 days', 'key-2026-12')`,
          [randomUUID(), userId],
        );
      }
      await db.query(
        `insert into auth.security_events (type, user_id, ip, user_agent, details)
         values ($1, $2, '203.0.113.9', 'curl/8.5', $3), ('SIGN_IN', $2, '203.0.113.9', null, '{}')`,
        [
          guest ? 'GUEST_STARTED' : 'SIGN_UP',
          userId,
          JSON.stringify({ method: 'password', note: 'ünïcødé ✓' }),
        ],
      );
      await db.query(
        `insert into auth.outbox_events (id, type, payload, published_at) values ($1, 'user.created', $2, now())`,
        [randomUUID(), JSON.stringify({ userId, guest })],
      );
    }
    await db.query(
      `insert into auth.sign_in_throttles (key, failures, last_failure_at, locked_until)
       values ('ip:198.51.100.7', 5, now(), now() + interval '5 minutes')`,
    );
  });

  await withClient(urls.packing, async (db) => {
    for (const [index, userId] of userIds.entries()) {
      const categories = ['Shelter', 'Sleep system', 'Kitchen 🍳'].map(() => randomUUID());
      for (const [position, category] of categories.entries()) {
        await db.query(
          `insert into packing.categories (id, owner_id, name, color_index) values ($1, $2, $3, $4)`,
          [category, userId, ['Shelter', 'Sleep system', 'Kitchen 🍳'][position], position],
        );
      }
      const items: string[] = [];
      for (let n = 0; n < 30; n += 1) {
        const item = randomUUID();
        items.push(item);
        const priced = n % 3 === 0;
        await db.query(
          `insert into packing.items (id, owner_id, name, description, weight_mg, updated_at, category_id, price_minor, currency, link, notes, archived)
           values ($1, $2, $3, $4, $5, now(), $6, $7, $8, $9, $10, $11)`,
          [
            item,
            userId,
            n === 0 ? 'Tente « Ultralight » 1P — 1,2 kg' : `Item ${index}-${n}`,
            n % 2 === 0 ? null : `Line one\nline two, "quoted", tab\there`,
            1000 * (n + 1) * 37,
            categories[n % categories.length],
            priced ? 4999 + n : null,
            priced ? 'EUR' : null,
            n % 5 === 0 ? `https://example.org/gear/${n}` : null,
            n % 7 === 0 ? 'Repaired seam in 2025' : null,
            n === 29,
          ],
        );
      }
      const lists = [randomUUID(), randomUUID()];
      for (const [position, list] of lists.entries()) {
        await db.query(
          `insert into packing.lists (id, owner_id, name, description, color_index, updated_at, category_order)
           values ($1, $2, $3, $4, $5, now(), $6)`,
          [
            list,
            userId,
            position === 0 ? 'Summer 3-season' : 'Winter overnighter',
            null,
            position,
            categories,
          ],
        );
        for (let n = 0; n < 12; n += 1) {
          await db.query(
            `insert into packing.list_entries (id, list_id, item_id, position, quantity, worn_quantity, consumable, note)
             values ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              randomUUID(),
              list,
              items[n + position * 12],
              n,
              1 + (n % 3),
              n % 4 === 0 ? 1 : 0,
              n % 6 === 0,
              n === 3 ? 'spare' : null,
            ],
          );
        }
      }
      const pack = randomUUID();
      await db.query(
        `insert into packing.packs (id, owner_id, name, description, updated_at, category_order) values ($1, $2, 'GR20 north', 'Huts, no tent', now(), $3)`,
        [pack, userId, categories],
      );
      await db.query(`insert into packing.pack_lists (pack_id, list_id, position) values ($1, $2, 0)`, [
        pack,
        lists[0],
      ]);
      for (let n = 0; n < 8; n += 1) {
        await db.query(
          `insert into packing.pack_entries (id, pack_id, item_id, position, quantity) values ($1, $2, $3, $4, 1)`,
          [randomUUID(), pack, items[n], n],
        );
      }
      for (const [position, status] of (['PLANNING', 'DONE'] as const).entries()) {
        const trip = randomUUID();
        await db.query(
          `insert into packing.trips (id, owner_id, name, start_date, end_date, destination, notes, status, pack_id, updated_at)
           values ($1, $2, $3, $4, $5, 'Corsica', null, $6, $7, now())`,
          [
            trip,
            userId,
            `Trip ${position}`,
            `2027-0${position + 6}-01`,
            `2027-0${position + 6}-14`,
            status,
            pack,
          ],
        );
        for (let n = 0; n < 5; n += 1) {
          await db.query(`insert into packing.trip_checks (trip_id, item_id) values ($1, $2)`, [
            trip,
            items[n],
          ]);
        }
      }
      await db.query(
        `insert into packing.share_links (id, owner_id, token, list_id, pack_id) values ($1, $2, $3, $4, null), ($5, $2, $6, null, $7)`,
        [
          randomUUID(),
          userId,
          `share-${randomUUID()}`,
          lists[0],
          randomUUID(),
          `share-${randomUUID()}`,
          pack,
        ],
      );
      await db.query(
        `insert into packing.import_jobs (id, owner_id, status, total_rows, processed_rows, errors, list_id, updated_at, input_csv)
         values ($1, $2, 'SUCCEEDED', 3, 3, $3, $4, now(), $5)`,
        [
          randomUUID(),
          userId,
          JSON.stringify([{ row: 2, message: 'weight missing' }]),
          lists[1],
          'Item Name,Category\nStove,Kitchen\n',
        ],
      );
      await db.query(`insert into packing.seeded_users (user_id) values ($1)`, [userId]);
    }
  });

  const transport = createPostgresTransport({ url: urls.events });
  try {
    await transport.subscribe('packing', ['user.created', 'user.deleted']);
    await transport.subscribe('preferences', ['user.deleted']);
    const events: AnyLifecycleEvent[] = userIds.map((userId, index) => ({
      id: randomUUID(),
      type: 'user.created',
      payload: { userId, guest: index === users - 1 },
      occurredAt: new Date(),
    }));
    events.push({
      id: randomUUID(),
      type: 'user.deleted',
      payload: { userId: userIds[0]! },
      occurredAt: new Date(),
    });
    await transport.publish(events);
  } finally {
    await transport.close();
  }
  return { userIds };
}
