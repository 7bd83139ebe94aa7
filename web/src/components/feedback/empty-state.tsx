import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What to do next, in one sentence. */
  children: ReactNode;
}

/** Says that there is nothing here yet and what to do about it. Presentational. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      <p className="muted">{children}</p>
    </div>
  );
}
