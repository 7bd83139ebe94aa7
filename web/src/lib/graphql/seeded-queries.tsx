'use client';

import { useState, type ReactNode } from 'react';
import type { SSRData } from 'urql';
import { useSeedResults } from './graphql-provider';

/**
 * Puts results the server prefetched (`PrefetchQueries`) into the client before `children` render,
 * so their `useQuery` calls find data at once: in the server's HTML and in the hydrating browser.
 * Each result answers its query once and then lives in graphcache.
 */
export function SeededQueries({ results, children }: { results: SSRData; children: ReactNode }) {
  const seed = useSeedResults();
  useState(() => seed(results));
  return children;
}
