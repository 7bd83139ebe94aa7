'use client';

import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { toFormErrors } from '@/lib/graphql/api-error';
import { ErrorState } from './error-state';
import { Skeleton } from './skeleton';

export interface QueryStateProps<TData> {
  data: TData | undefined;
  error: CombinedError | undefined;
  /** Re-runs the query from the network. */
  retry: () => void;
  loadingLabel: string;
  children: (data: TData) => ReactNode;
}

/** Skeleton while loading, an error with a retry, else the content. */
export function QueryState<TData>({ data, error, retry, loadingLabel, children }: QueryStateProps<TData>) {
  useEndSessionOnUnauthenticated(error);
  if (data) return children(data);
  if (error)
    return <ErrorState message={toFormErrors(error).form ?? 'Something went wrong.'} onRetry={retry} />;
  return <Skeleton label={loadingLabel} />;
}
