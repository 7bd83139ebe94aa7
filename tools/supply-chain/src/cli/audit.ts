/**
 * `npm run audit:prod` (CI): `npm audit --omit=dev` judged against audit-exceptions.json
 * (decision 1110). Exit 0 passed, 1 failed, 3 unverified: npm could not reach the advisory
 * endpoint; .ci/run reports that in its summary, and AUDIT_REQUIRED=1 turns it into a failure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeAudit, type AuditException } from '../audit/judge-audit.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const exceptions = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'audit-exceptions.json'), 'utf8')) as {
    exceptions: AuditException[];
  }
).exceptions;

let output: string;
try {
  output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  // npm audit exits non-zero both when it finds advisories and when it cannot fetch them.
  output = String((error as { stdout?: unknown }).stdout ?? '');
}
let report: unknown;
try {
  report = JSON.parse(output);
} catch {
  report = undefined;
}
const verdict = judgeAudit(report, exceptions, new Date().toISOString().slice(0, 10));

if (verdict.status === 'unverified') {
  console.error(
    '!!! npm audit could NOT check production dependencies: its advisory endpoint did not answer.',
  );
  console.error(`!!! ${verdict.reason}`);
  console.error('!!! This run is UNVERIFIED for advisories (decision 1110); AUDIT_REQUIRED=1 makes it fail.');
  process.exit(process.env['AUDIT_REQUIRED'] === '1' ? 1 : 3);
}
if (verdict.status === 'failed') {
  for (const advisory of verdict.unexcepted) {
    console.error(`${advisory.severity}: ${advisory.name} — ${advisory.title} (${advisory.url})`);
  }
  for (const exception of verdict.expired) {
    console.error(
      `expired exception (review by ${exception.reviewBy}): ${exception.package} ${exception.advisory}`,
    );
  }
  console.error(
    'Upgrade, or record a dated exception in tools/supply-chain/audit-exceptions.json (decision 1110).',
  );
  process.exit(1);
}
console.log(
  `npm audit --omit=dev: no high or critical advisory${verdict.excepted.length ? ` beyond ${verdict.excepted.length} recorded exception(s)` : ''}.`,
);
