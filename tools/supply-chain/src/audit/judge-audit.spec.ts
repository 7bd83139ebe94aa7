import { describe, expect, it } from 'vitest';
import { judgeAudit, type AuditException } from './judge-audit.js';

const HIGH = {
  source: 1100001,
  name: 'left-pad',
  title: 'Prototype pollution',
  url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz',
  severity: 'high',
  range: '<1.3.1',
};
const MODERATE = { ...HIGH, source: 1100002, severity: 'moderate' };
const report = (...via: object[]) => ({
  auditReportVersion: 2,
  vulnerabilities: {
    'left-pad': { name: 'left-pad', severity: 'high', via },
    'uses-left-pad': { name: 'uses-left-pad', severity: 'high', via: ['left-pad'] },
  },
});
const exception = (reviewBy: string): AuditException => ({
  advisory: HIGH.source,
  package: 'left-pad',
  reason: 'only reachable from a build step; upgrade blocked upstream',
  reviewBy,
});

describe('judgeAudit', () => {
  it('passes with no high or critical advisory, moderate ones aside', () => {
    expect(judgeAudit(report(MODERATE), [], '2026-12-06')).toEqual({ status: 'passed', excepted: [] });
    expect(judgeAudit({ auditReportVersion: 2, vulnerabilities: {} }, [], '2026-12-06').status).toBe(
      'passed',
    );
  });

  it('fails on a high advisory without an exception', () => {
    const verdict = judgeAudit(report(HIGH), [], '2026-12-06');
    expect(verdict.status).toBe('failed');
    expect(verdict.status === 'failed' && verdict.unexcepted.map((advisory) => advisory.id)).toEqual([
      HIGH.source,
    ]);
  });

  it('passes a high advisory under a current exception (by id or url), fails once its review date has passed', () => {
    expect(judgeAudit(report(HIGH), [exception('2026-12-31')], '2026-12-06').status).toBe('passed');
    expect(
      judgeAudit(report(HIGH), [{ ...exception('2026-12-06'), advisory: HIGH.url }], '2026-12-06').status,
    ).toBe('passed');
    const expired = judgeAudit(report(HIGH), [exception('2026-12-05')], '2026-12-06');
    expect(expired).toMatchObject({ status: 'failed', expired: [exception('2026-12-05')] });
  });

  it('fails on an expired exception even when its advisory is gone', () => {
    expect(judgeAudit(report(), [exception('2026-01-01')], '2026-12-06').status).toBe('failed');
  });

  it('is unverified, never passed, when npm could not fetch a report', () => {
    const unreachable = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      error: { summary: '', detail: '' },
    };
    expect(judgeAudit(unreachable, [], '2026-12-06')).toEqual({
      status: 'unverified',
      reason: unreachable.message,
    });
    expect(judgeAudit('', [], '2026-12-06').status).toBe('unverified');
  });
});
