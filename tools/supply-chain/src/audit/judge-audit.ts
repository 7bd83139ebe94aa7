/** One advisory as `npm audit --json` (auditReportVersion 2) lists it under `via`. */
export interface Advisory {
  /** The advisory's number in the registry's database (`source`). */
  id: number;
  /** The affected package. */
  name: string;
  title: string;
  url: string;
  severity: string;
}

/** A recorded, dated decision to live with one advisory for now (audit-exceptions.json). */
export interface AuditException {
  /** `source` id or GHSA url of the advisory. */
  advisory: number | string;
  package: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the exception no longer counts and CI fails again. */
  reviewBy: string;
}

export type AuditVerdict =
  | { status: 'unverified'; reason: string }
  | { status: 'passed'; excepted: Advisory[] }
  | { status: 'failed'; unexcepted: Advisory[]; expired: AuditException[] };

const BLOCKING = new Set(['high', 'critical']);

interface AuditReport {
  vulnerabilities?: Record<string, { via?: unknown[] }>;
  error?: unknown;
  message?: string;
}

function advisoriesOf(report: AuditReport): Advisory[] {
  const byId = new Map<number, Advisory>();
  for (const vulnerability of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package (the chain); its own entry lists the advisory.
      if (typeof via !== 'object' || via === null || !('source' in via)) continue;
      const advisory = via as { source: number; name: string; title: string; url: string; severity: string };
      byId.set(advisory.source, {
        id: advisory.source,
        name: advisory.name,
        title: advisory.title,
        url: advisory.url,
        severity: advisory.severity,
      });
    }
  }
  return [...byId.values()];
}

function covers(exception: AuditException, advisory: Advisory): boolean {
  return (
    exception.package === advisory.name &&
    (exception.advisory === advisory.id || exception.advisory === advisory.url)
  );
}

/**
 * Judges `npm audit --omit=dev --json` output: high and critical advisories fail unless a
 * recorded exception covers them and its review date has not passed; an exception past its
 * review date fails on its own, so none is forgotten. A report npm could not fetch (no
 * `vulnerabilities`, an `error`) is `unverified`, never a pass (decision 1110).
 */
export function judgeAudit(
  report: unknown,
  exceptions: readonly AuditException[],
  today: string,
): AuditVerdict {
  const parsed = (typeof report === 'object' && report !== null ? report : {}) as AuditReport;
  if (parsed.error !== undefined || parsed.vulnerabilities === undefined) {
    return { status: 'unverified', reason: parsed.message ?? 'npm audit returned no report' };
  }
  const expired = exceptions.filter((exception) => exception.reviewBy < today);
  const current = exceptions.filter((exception) => exception.reviewBy >= today);
  const blocking = advisoriesOf(parsed).filter((advisory) => BLOCKING.has(advisory.severity));
  const unexcepted = blocking.filter((advisory) => !current.some((exception) => covers(exception, advisory)));
  if (unexcepted.length > 0 || expired.length > 0) return { status: 'failed', unexcepted, expired };
  return { status: 'passed', excepted: blocking };
}
