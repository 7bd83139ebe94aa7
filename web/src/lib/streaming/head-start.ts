/**
 * How long a server render waits for its data before the shell goes out with a skeleton
 * (decision 1009). The API usually answers well within it; the content is then in the first paint
 * (no skeleton, no swap, and the largest paint does not wait for scripts). A slower answer streams
 * in behind the skeleton (Suspense).
 */
export const HEAD_START_MS = 250;

/** Resolves when `work` settles or after `ms`, whichever comes first; never rejects. */
export function headStart(work: Promise<unknown>, ms: number = HEAD_START_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}
