export interface ErrorStateProps {
  message: string;
  onRetry: () => void;
}

/** A failed load, announced, with a way to try again. Presentational. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  return (
    <div role="alert" className="form-alert error-state">
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
