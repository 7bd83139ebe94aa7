'use client';

import { useEffect } from 'react';
import type { BrowserErrorReportsOptions } from '@/lib/error-reports/browser-error-reports-options';
import { startBrowserErrorReports } from '@/lib/error-reports/start-browser-error-reports';

/** Starts the browser's error reports after hydration (rendered only when they are on). */
export function BrowserErrorReports(props: BrowserErrorReportsOptions) {
  useEffect(() => startBrowserErrorReports(props), [props]);
  return null;
}
