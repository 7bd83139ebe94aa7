import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

export interface EmptyStateProps {
  title: string;
  /** What to do next, in one sentence. */
  children: ReactNode;
  /** Ways forward as links or buttons (e.g. "Import from LighterPack"), shown under the text. */
  actions?: ReactNode;
}

/** Says that there is nothing here yet and what to do about it. Presentational. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      <p className="muted">{children}</p>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
}
