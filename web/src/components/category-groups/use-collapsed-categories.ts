'use client';

import { useCallback, useEffect, useState } from 'react';

/** Where a list's or pack's folded categories are remembered in this browser. */
export function collapsedStorageKey(scope: string): string {
  return `pyb.collapsed.${scope}`;
}

function read(scope: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(collapsedStorageKey(scope)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((key) => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Which categories of one list or pack (`scope`, e.g. `list:<id>`) are folded, remembered per
 * browser in localStorage: a view preference, not data worth a round trip (decision 0808). Starts
 * unfolded on the server and the first client render, then applies what the browser remembers.
 */
export function useCollapsedCategories(scope: string): [ReadonlySet<string>, (key: string) => void] {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => setCollapsed(read(scope)), [scope]);
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        try {
          localStorage.setItem(collapsedStorageKey(scope), JSON.stringify([...next]));
        } catch {
          // Storage blocked: the fold still applies on this page.
        }
        return next;
      }),
    [scope],
  );
  return [collapsed, toggle];
}
