import { basename } from 'node:path';
import { panelsOf, readDashboards, readRuleFiles } from './observability-files.js';

/** One PromQL expression the operator relies on: a dashboard panel's query or a rule. */
export interface PromqlExpression {
  kind: 'panel' | 'alert' | 'record';
  /** `requests.json: "Requests per second by operation" A`, or `packyourbag-alerts.yml: PybDeadLetters`. */
  where: string;
  expr: string;
}

/**
 * Grafana's built-in interval variables, as Grafana would fill them for a short range; the
 * dashboards use no other variables (deploy:check refuses any other `$`).
 */
const GRAFANA_INTERVALS: Record<string, string> = {
  $__rate_interval: '1m',
  $__interval: '15s',
  $__range: '1h',
};

/** The expression as Prometheus receives it from Grafana. */
export function instantiate(expr: string): string {
  return expr.replace(/\$__(rate_interval|interval|range)\b/g, (name) => GRAFANA_INTERVALS[name] ?? name);
}

/** Every PromQL expression in every dashboard panel and every rule, with where it comes from. */
export async function collectPromqlExpressions(): Promise<PromqlExpression[]> {
  const expressions: PromqlExpression[] = [];
  for (const { file, dashboard } of await readDashboards()) {
    for (const panel of panelsOf(dashboard)) {
      for (const target of panel.targets ?? []) {
        if (target.expr === undefined) continue;
        expressions.push({
          kind: 'panel',
          where: `${basename(file)}: "${panel.title ?? '(untitled)'}" ${target.refId ?? ''}`.trim(),
          expr: target.expr,
        });
      }
    }
  }
  for (const { file, rules } of await readRuleFiles()) {
    for (const group of rules.groups ?? []) {
      for (const rule of group.rules ?? []) {
        if (rule.expr === undefined) continue;
        expressions.push({
          kind: rule.alert ? 'alert' : 'record',
          where: `${basename(file)}: ${rule.alert ?? rule.record ?? group.name ?? ''}`,
          expr: rule.expr,
        });
      }
    }
  }
  return expressions;
}
