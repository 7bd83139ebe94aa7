'use client';

import { useState, type FormEvent } from 'react';

export const TOKEN_SCOPES = [
  'packing:read',
  'packing:write',
  'preferences:read',
  'preferences:write',
] as const;

export interface TokenRow {
  id: string;
  name: string;
  scopes: readonly string[];
  expiresAt: string;
  revokedAt?: string | null;
}

export interface TokensPanelProps {
  tokens: readonly TokenRow[];
  /** The secret of the token just created: shown once, never again. */
  createdSecret?: string;
  error?: string;
  onCreate: (input: { name: string; scopes: string[]; expiresInDays: number }) => void;
  onRevoke: (id: string) => void;
}

/** Personal access tokens for third-party clients: create (secret shown once), list, revoke. Presentational. */
export function TokensPanel({ tokens, createdSecret, error, onCreate, onRevoke }: TokensPanelProps) {
  const [copied, setCopied] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onCreate({
      name: String(data.get('tokenName') ?? ''),
      scopes: data.getAll('scopes').map(String),
      expiresInDays: Number(data.get('expiresInDays') ?? 30),
    });
  };
  return (
    <section className="card stack" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Personal access tokens</h2>
      {createdSecret ? (
        <div className="notice stack" role="status">
          <p>Copy this token now: it is shown only once.</p>
          <code className="token-once" data-testid="token-secret">
            {createdSecret}
          </code>
          <button
            type="button"
            className="button small"
            onClick={() =>
              void navigator.clipboard.writeText(createdSecret).then(
                () => setCopied('Copied.'),
                () => setCopied('Select the token and copy it.'),
              )
            }
          >
            Copy token
          </button>
          <span className="muted">{copied}</span>
        </div>
      ) : null}
      {tokens.length === 0 ? (
        <p className="muted">No tokens. Create one for a script or another app.</p>
      ) : null}
      <ul className="card-list">
        {tokens.map((token) => (
          <li key={token.id} className="row">
            <span className="truncate">{token.name}</span>
            <span className="muted">
              {token.scopes.join(', ')} ·{' '}
              {token.revokedAt
                ? 'revoked'
                : `expires ${new Date(token.expiresAt).toLocaleDateString('en-US')}`}
            </span>
            {token.revokedAt ? null : (
              <button type="button" className="button small" onClick={() => onRevoke(token.id)}>
                Revoke {token.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit}>
        {error ? (
          <p role="alert" className="form-alert">
            {error}
          </p>
        ) : null}
        <label className="field">
          <span>Token name</span>
          <input name="tokenName" required maxLength={100} />
        </label>
        <fieldset className="choice-group">
          <legend>Scopes</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="choice">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope.endsWith(':read')} />
              {scope}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Expires in (days)</span>
          <input name="expiresInDays" type="number" min={1} max={365} defaultValue={30} className="qty" />
        </label>
        <button type="submit" className="button">
          Create token
        </button>
      </form>
    </section>
  );
}
