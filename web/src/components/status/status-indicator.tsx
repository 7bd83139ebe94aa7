export type ServiceStatus = 'checking' | 'up' | 'down';

export interface StatusIndicatorProps {
  status: ServiceStatus;
  /** Why it is down, from the readiness answer. */
  reason?: string;
}

const TEXT: Record<ServiceStatus, string> = {
  checking: 'Checking service status…',
  up: 'All systems working',
  down: 'Service problems: saving may fail',
};

/** A dot and a sentence for the service's health. Presentational. */
export function StatusIndicator({ status, reason }: StatusIndicatorProps) {
  return (
    <p className="status-indicator" role="status" title={reason}>
      <span className={`status-dot ${status}`} aria-hidden="true" />
      {TEXT[status]}
    </p>
  );
}
