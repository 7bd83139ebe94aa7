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

function write(scope: string, collapsed: ReadonlySet<string>): void {
  try {
    localStorage.setItem(collapsedStorageKey(scope), JSON.stringify([...collapsed]));
  } catch {
    // Storage blocked: the fold still applies on this page.
  }
}

/**
 * Which categories of one list, pack or trip (`scope`, e.g. `list:<id>`, `trip:<id>`) are folded,
 * remembered per browser in localStorage: a view preference, not data worth a round trip (decisions
 * 0808, 1490). Starts unfolded on the server and the first client render, then applies what the
 * browser remembers. Returns the folded keys, a toggle for one key, and a fold for several at once.
 */
export function useCollapsedCategories(
  scope: string,
): [ReadonlySet<string>, (key: string) => void, (keys: readonly string[]) => void] {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => setCollapsed(read(scope)), [scope]);
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        write(scope, next);
        return next;
      }),
    [scope],
  );
  const fold = useCallback(
    (keys: readonly string[]) =>
      setCollapsed((current) => {
        const next = new Set([...current, ...keys]);
        write(scope, next);
        return next;
      }),
    [scope],
  );
  return [collapsed, toggle, fold];
}
