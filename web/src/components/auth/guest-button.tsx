export interface GuestButtonProps {
  busy: boolean;
  onStart: () => void;
}

/** "Try it without an account": starts a guest session that can be upgraded later. */
export function GuestButton({ busy, onStart }: GuestButtonProps) {
  return (
    <div className="card stack">
      <p>Just looking? Try everything without an account and keep your data when you sign up later.</p>
      <button type="button" className="button" disabled={busy} onClick={onStart}>
        Try as guest
      </button>
    </div>
  );
}
