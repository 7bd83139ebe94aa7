'use client';

import { useEffect, useState } from 'react';
import type { ServiceStatus } from './status-indicator';

export interface ServiceStatusOptions {
  /** @default 30000 */
  intervalMs?: number;
  /** @default '/health/ready' (web → router → subgraphs) */
  url?: string;
}

/** Polls the web server's readiness, which asks the router, which asks the subgraphs. */
export function useServiceStatus(options: ServiceStatusOptions = {}): {
  status: ServiceStatus;
  reason?: string;
} {
  const { intervalMs = 30_000, url = '/health/ready' } = options;
  const [state, setState] = useState<{ status: ServiceStatus; reason?: string }>({ status: 'checking' });
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        const body = (await response.json().catch(() => ({}))) as { reason?: string };
        if (!stopped) setState(response.ok ? { status: 'up' } : { status: 'down', reason: body.reason });
      } catch {
        if (!stopped) setState({ status: 'down', reason: 'The web server cannot be reached.' });
      }
    };
    void check();
    const timer = setInterval(() => void check(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [intervalMs, url]);
  return state;
}
