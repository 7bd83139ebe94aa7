'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { QueryState } from '@/components/feedback/query-state';
import { FormAlert } from '@/components/forms/form-alert';
import { EmailField, PasswordField } from '@/components/forms/credential-fields';
import { downloadText } from '@/components/import-export/download';
import { browserSession } from '@/lib/session/browser-session';
import { endSession } from '@/components/session/end-session';
import { renewSession } from '@/components/session/renew-session';
import { toFormErrors, type FormErrors } from '@/lib/graphql/api-error';
import {
  AccountQuery,
  CreateTokenMutation,
  DataExportQuery,
  DeleteAccountMutation,
  RevokeSessionMutation,
  RevokeTokenMutation,
  SignOutEverywhereMutation,
  UpgradeGuestMutation,
  ChangePasswordMutation,
} from './account.documents';
import { SecurityEvents } from './security-events';
import { SessionsPanel } from './sessions-panel';
import { TokensPanel } from './tokens-panel';
import { ChangePasswordForm } from './change-password-form';

/** Account and security: devices, tokens, security log, guest upgrade, data export, deletion. */
export function AccountPage() {
  const [{ data, error }, refetch] = useQuery({ query: AccountQuery, requestPolicy: 'cache-and-network' });
  const [, revokeSession] = useMutation(RevokeSessionMutation);
  const [, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const [tokenResult, createToken] = useMutation(CreateTokenMutation);
  const [, revokeToken] = useMutation(RevokeTokenMutation);
  const [, upgradeGuest] = useMutation(UpgradeGuestMutation);
  const [, deleteAccount] = useMutation(DeleteAccountMutation);
  const [passwordResult, changePassword] = useMutation(ChangePasswordMutation);
  const client = useClient();
  const router = useRouter();
  const [upgradeErrors, setUpgradeErrors] = useState<FormErrors>();
  const [deleteErrors, setDeleteErrors] = useState<FormErrors>();
  const [exportStatus, setExportStatus] = useState('');

  const reload = () => refetch({ requestPolicy: 'network-only' });

  const exportData = async () => {
    setExportStatus('Collecting your data…');
    const result = await client.query(DataExportQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const bundle = result.data?.me?.dataExport;
    if (!bundle) {
      setExportStatus(
        result.error ? (toFormErrors(result.error).form ?? 'Export failed.') : 'Export failed.',
      );
      return;
    }
    const { __typename: _typename, ...parts } = bundle;
    void _typename;
    downloadText(JSON.stringify(parts, null, 2), 'packyourbag-export.json', 'application/json');
    setExportStatus('Your data was downloaded.');
  };

  const upgrade = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await upgradeGuest({
      input: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
    });
    setUpgradeErrors(result.error ? toFormErrors(result.error) : undefined);
    if (result.data) {
      reload();
      await renewSession();
    }
  };

  const remove = async (event: FormEvent<HTMLFormElement>, isGuest: boolean) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!window.confirm('Delete your account and everything in it? This cannot be undone.')) return;
    const result = await deleteAccount({ input: isGuest ? {} : { password } });
    if (result.data?.deleteAccount) {
      browserSession?.signOut('signed-out');
      await endSession();
      router.push('/');
    } else if (result.error) setDeleteErrors(toFormErrors(result.error));
  };

  return (
    <div className="stack">
      <h1>Account and security</h1>
      <QueryState
        data={data?.me ?? undefined}
        error={error}
        retry={reload}
        loadingLabel="Loading your account…"
      >
        {(me) => (
          <>
            <p>{me.isGuest ? 'You are using a guest account.' : `Signed in as ${me.email}.`}</p>
            {me.isGuest ? (
              <form className="card stack" onSubmit={(event) => void upgrade(event)} noValidate>
                <h2>Keep your data: create an account</h2>
                <FormAlert message={upgradeErrors?.form} />
                <EmailField error={upgradeErrors?.fields['email']} />
                <PasswordField
                  autoComplete="new-password"
                  hint="At least 10 characters."
                  error={upgradeErrors?.fields['password']}
                />
                <button type="submit" className="button primary">
                  Create account
                </button>
              </form>
            ) : null}
            {me.isGuest ? null : (
              <ChangePasswordForm
                busy={passwordResult.fetching}
                errors={passwordResult.error ? toFormErrors(passwordResult.error) : undefined}
                signedOutSessions={passwordResult.data?.changePassword.signedOutSessions}
                onSubmit={(input) =>
                  void changePassword({ input }).then((result) => {
                    if (result.data) reload();
                  })
                }
              />
            )}
            <SessionsPanel
              sessions={me.sessions}
              onRevoke={(id) => void revokeSession({ id }).then(reload)}
              onSignOutEverywhere={() =>
                void signOutEverywhere({}).then(async () => {
                  await endSession();
                  router.push('/sign-in');
                })
              }
            />
            <TokensPanel
              tokens={me.personalAccessTokens}
              createdSecret={tokenResult.data?.createPersonalAccessToken.token}
              error={tokenResult.error ? toFormErrors(tokenResult.error).form : undefined}
              onCreate={(input) => void createToken({ input }).then(reload)}
              onRevoke={(id) => void revokeToken({ id }).then(reload)}
            />
            <SecurityEvents events={me.securityEvents.nodes} />
            <section className="card stack" aria-labelledby="export-heading">
              <h2 id="export-heading">Export my data</h2>
              <p className="muted">One JSON file with everything PackYourBag stores about you.</p>
              <button type="button" className="button" onClick={() => void exportData()}>
                Download my data
              </button>
              <p role="status" className="muted">
                {exportStatus}
              </p>
            </section>
            <form className="card stack" onSubmit={(event) => void remove(event, me.isGuest)} noValidate>
              <h2>Delete account</h2>
              <FormAlert message={deleteErrors?.form} />
              {me.isGuest ? null : (
                <PasswordField
                  label="Current password"
                  autoComplete="current-password"
                  error={deleteErrors?.fields['password']}
                />
              )}
              <button type="submit" className="button danger">
                Delete my account
              </button>
            </form>
          </>
        )}
      </QueryState>
    </div>
  );
}
