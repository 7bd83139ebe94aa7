export interface SecurityEventRow {
  id: string;
  type: string;
  ipAddress?: string | null;
  createdAt: string;
}

/** `SIGN_IN_FAILED` → `Sign in failed`. */
export function eventLabel(type: string): string {
  const words = type.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The account's recent security log. Presentational. */
export function SecurityEvents({ events }: { events: readonly SecurityEventRow[] }) {
  return (
    <section className="card stack" aria-labelledby="events-heading">
      <h2 id="events-heading">Security events</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="card-list">
          {events.map((event) => (
            <li key={event.id} className="row">
              <span>{eventLabel(event.type)}</span>
              <span className="muted">
                {new Date(event.createdAt).toLocaleString('en-US')} · {event.ipAddress ?? 'unknown network'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
