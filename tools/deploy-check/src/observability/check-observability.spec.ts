import { describe, expect, it } from 'vitest';
import { anchorOf, checkObservability, checkPromqlSyntax } from './check-observability.js';
import { collectPromqlExpressions, instantiate } from './promql-expressions.js';

describe('the observability check (real promtool over deploy/observability)', () => {
  it('passes the repository: config, rules, rule tests, runbooks and dashboards', async () => {
    const report = await checkObservability();
    expect(report.findings).toEqual([]);
    expect(report.ruleTests).toBeGreaterThan(0);
    expect(report.panels).toBeGreaterThanOrEqual(20);
  });

  it('has the alerts the operators asked for', async () => {
    const alerts = (await collectPromqlExpressions()).filter((expression) => expression.kind === 'alert');
    const names = alerts.map((alert) => alert.where.split(': ')[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'PybHighErrorRatio',
        'PybLatencyAboveSlo',
        'PybThrottlingSpike',
        'PybDeadLetters',
        'PybLifecycleQueueOld',
        'PybJwksRefreshFailing',
        'PybTargetDown',
      ]),
    );
  });

  it('refuses a panel query that is not PromQL, naming the panel', async () => {
    const findings = await checkPromqlSyntax([
      {
        kind: 'panel',
        where: 'x.json: "Broken" A',
        expr: 'sum(rate(router_requests_total[$__rate_interval])',
      },
      {
        kind: 'panel',
        where: 'x.json: "Fine" A',
        expr: 'sum(rate(router_requests_total[$__rate_interval]))',
      },
    ]);
    expect(findings.map((finding) => [finding.rule, finding.object])).toEqual([
      ['panel-promql', 'x.json: "Broken" A'],
    ]);
  });

  it("fills Grafana's interval variables the way Grafana would", () => {
    expect(instantiate('rate(x[$__rate_interval]) + rate(y[$__interval])')).toBe(
      'rate(x[1m]) + rate(y[15s])',
    );
  });

  it('makes the anchors GitHub makes of headings', () => {
    expect(anchorOf('PybHighErrorRatio')).toBe('pybhigherrorratio');
    expect(anchorOf('Dead letters, and why')).toBe('dead-letters-and-why');
  });
});
