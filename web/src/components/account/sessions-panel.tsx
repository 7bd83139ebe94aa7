export interface SessionRow {
  id: string;
  device: string;
  ipAddress?: string | null;
  lastUsedAt: string;
  current: boolean;
}

export interface SessionsPanelProps {
  sessions: readonly SessionRow[];
  onRevoke: (id: string) => void;
  onSignOutEverywhere: () => void;
}

/** Signed-in devices with "sign out" per device and everywhere. Presentational. */
export function SessionsPanel({ sessions, onRevoke, onSignOutEverywhere }: SessionsPanelProps) {
  return (
    <section className="card stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Signed-in devices</h2>
      <ul className="card-list">
        {sessions.map((session) => (
          <li key={session.id} className="row">
            <span className="truncate">
              {session.device}
              {session.current ? <span className="badge">this device</span> : null}
            </span>
            <span className="muted">
              {session.ipAddress ?? 'unknown network'} · last used{' '}
              {new Date(session.lastUsedAt).toLocaleString('en-US')}
            </span>
            {session.current ? null : (
              <button type="button" className="button small" onClick={() => onRevoke(session.id)}>
                Sign out {session.device}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onSignOutEverywhere}>
        Sign out everywhere
      </button>
    </section>
  );
}
