export interface SkeletonProps {
  /** How many placeholder rows. @default 4 */
  rows?: number;
  /** Announced to screen readers while loading. */
  label: string;
}

/** Grey bars in the shape of the content that is loading. Presentational. */
export function Skeleton({ rows = 4, label }: SkeletonProps) {
  return (
    <div role="status" aria-live="polite" className="skeleton">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-row" aria-hidden="true" />
      ))}
    </div>
  );
}
