import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useScratchAuth } from '../testing/use-scratch-auth.js';
import { AccountExportService } from './account-export.service.js';

const auth = useScratchAuth();

describe('AccountExportService', () => {
  it('exports profile, sessions, personal tokens and security events, and no secret', async () => {
    const email = `export-${randomUUID()}@example.org`;
    const client = { ip: '203.0.113.9', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };
    const { user } = await auth.services.accounts.signUp(email, 'a long enough passphrase', client);
    await auth.services.accounts.signIn(email, 'a long enough passphrase', client);
    const other = await auth.services.accounts.signUp(
      `other-${randomUUID()}@example.org`,
      'another passphrase!',
    );

    const part = await new AccountExportService(auth.database).exportFor(user.id);

    expect(part).toMatchObject({
      format: 'packyourbag.account/1',
      profile: { id: user.id, email, isGuest: false },
    });
    expect(part!.sessions).toHaveLength(2);
    expect(part!.sessions[0]).toMatchObject({ ipAddress: '203.0.113.0', userAgent: client.userAgent });
    expect(part!.securityEvents.map((event) => event.type)).toEqual(
      expect.arrayContaining(['SIGN_UP', 'SIGN_IN']),
    );
    const stored = await auth.database.user.findUniqueOrThrow({ where: { id: user.id } });
    const text = JSON.stringify(part);
    expect(text).not.toContain(stored.passwordHash!);
    expect(text).not.toContain(other.user.id);
  });

  it('a missing account exports nothing', async () => {
    await expect(new AccountExportService(auth.database).exportFor(randomUUID())).resolves.toBeNull();
  });
});
