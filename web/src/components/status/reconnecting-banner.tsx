export interface ReconnectingBannerProps {
  /** True while reads wait for the API to answer again (the reconnect exchange says so). */
  reconnecting: boolean;
}

/**
 * "We're reconnecting…" while the API is unavailable. The live region is always rendered, empty
 * when connected, so screen readers announce the message when it appears. Presentational.
 */
export function ReconnectingBanner({ reconnecting }: ReconnectingBannerProps) {
  return (
    <div className="reconnecting-banner" role="status" data-reconnecting={reconnecting}>
      {reconnecting ? (
        <p>
          <span className="reconnecting-spinner" aria-hidden="true" />
          We&apos;re reconnecting… Part of PackYourBag is not answering; this page retries by itself.
        </p>
      ) : null}
    </div>
  );
}
