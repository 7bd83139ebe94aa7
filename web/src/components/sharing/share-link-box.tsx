export interface ShareLinkBoxProps {
  /** The public URL, or undefined before a link exists. */
  url: string | undefined;
  busy: boolean;
  /** What the last copy did, announced. */
  status: string;
  onCreate: () => void;
  onCopy: () => void;
}

/** Create a read-only share link, then copy it. Presentational. */
export function ShareLinkBox({ url, busy, status, onCreate, onCopy }: ShareLinkBoxProps) {
  return (
    <section className="card stack" aria-label="Sharing">
      <h2>Share</h2>
      {url ? (
        <>
          <p className="muted">
            Anyone with this link can see names, weights and quantities; never prices or notes.
          </p>
          <div className="row">
            <input
              readOnly
              value={url}
              aria-label="Share link"
              className="share-url"
              data-testid="share-url"
            />
            <button type="button" className="button primary" onClick={onCopy}>
              Copy link
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={onCreate}>
          Create a share link
        </button>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
