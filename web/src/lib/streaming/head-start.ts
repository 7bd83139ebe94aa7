/**
 * How long a server render waits for its data before the shell goes out with a skeleton
 * (decision 1009). The API usually answers well within it; the content is then rendered in the
 * shell itself (no skeleton, no swap, and the largest paint waits for no script). A slower answer
 * streams in behind the skeleton (Suspense).
 */
export const HEAD_START_MS = 250;

export type HeadStartOutcome<T> = { settled: true; value: T } | { settled: false };

/**
 * Waits for `work` for at most `ms`. Settled in time: its value, to render without a Suspense
 * boundary (an awaited component always suspends, even on a resolved promise, which would put the
 * skeleton in the HTML). Not in time, or rejected: `{ settled: false }`, and the caller streams it.
 */
export function headStart<T>(work: Promise<T>, ms: number = HEAD_START_MS): Promise<HeadStartOutcome<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ settled: false }), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve({ settled: true, value });
      },
      () => {
        clearTimeout(timer);
        resolve({ settled: false });
      },
    );
  });
}
