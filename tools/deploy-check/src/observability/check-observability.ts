import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Finding } from '../policy/finding.js';
import {
  datasourcesDir,
  panelsOf,
  prometheusConfigFile,
  readDashboards,
  readRuleFiles,
  ruleFiles,
  ruleTestFiles,
  runbookFile,
} from './observability-files.js';
import { collectPromqlExpressions, instantiate, type PromqlExpression } from './promql-expressions.js';
import { promtool } from './promtool.js';

/** What the observability check looked at, for its one summary line. */
export interface ObservabilityReport {
  findings: Finding[];
  alerts: number;
  panels: number;
  ruleTests: number;
}

/** GitHub-style anchor of a Markdown heading (what `runbook_url`'s `#…` must match). */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

async function runbookAnchors(): Promise<Set<string>> {
  const text = await readFile(runbookFile, 'utf8');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
}

/** Alert names that some `promtool test rules` case expects to fire. */
async function testedAlerts(): Promise<Set<string>> {
  const tested = new Set<string>();
  for (const file of await ruleTestFiles()) {
    const suite = parse(await readFile(file, 'utf8')) as {
      tests?: Array<{ alert_rule_test?: Array<{ alertname?: string; exp_alerts?: unknown[] }> }>;
    };
    for (const test of suite.tests ?? []) {
      for (const check of test.alert_rule_test ?? []) {
        if (check.alertname && (check.exp_alerts?.length ?? 0) > 0) tested.add(check.alertname);
      }
    }
  }
  return tested;
}

async function checkPromtool(findings: Finding[]): Promise<number> {
  const config = await promtool(['check', 'config', '--syntax-only', prometheusConfigFile]);
  if (!config.ok)
    findings.push({
      rule: 'promtool-config',
      object: basename(prometheusConfigFile),
      message: config.output,
    });
  for (const file of await ruleFiles()) {
    const rules = await promtool(['check', 'rules', file]);
    if (!rules.ok) findings.push({ rule: 'promtool-rules', object: basename(file), message: rules.output });
  }
  const tests = await ruleTestFiles();
  for (const file of tests) {
    const result = await promtool(['test', 'rules', basename(file)], dirname(file));
    if (!result.ok) findings.push({ rule: 'promtool-test', object: basename(file), message: result.output });
  }
  return tests.length;
}

async function checkAlerts(findings: Finding[]): Promise<number> {
  const anchors = await runbookAnchors();
  const tested = await testedAlerts();
  let alerts = 0;
  for (const { file, rules } of await readRuleFiles()) {
    for (const rule of (rules.groups ?? []).flatMap((group) => group.rules ?? [])) {
      if (!rule.alert) continue;
      alerts += 1;
      const object = `${basename(file)}: ${rule.alert}`;
      if (!rule.labels?.severity)
        findings.push({ rule: 'alert-severity', object, message: 'needs a severity label' });
      if (!rule.annotations?.summary)
        findings.push({ rule: 'alert-summary', object, message: 'needs a summary' });
      const anchor = rule.annotations?.runbook_url?.split('#')[1];
      if (!anchor || !anchors.has(anchor)) {
        findings.push({
          rule: 'alert-runbook',
          object,
          message: `runbook_url must point at a section of docs/runbooks/alerts.md (got ${rule.annotations?.runbook_url ?? 'none'})`,
        });
      }
      if (!tested.has(rule.alert)) {
        findings.push({
          rule: 'alert-tested',
          object,
          message: 'no promtool test case expects this alert to fire',
        });
      }
    }
  }
  return alerts;
}

async function provisionedDatasourceUids(): Promise<Set<string>> {
  const text = await readFile(join(datasourcesDir, 'prometheus.yml'), 'utf8');
  const provisioning = parse(text) as { datasources?: Array<{ uid?: string }> };
  return new Set((provisioning.datasources ?? []).flatMap((source) => (source.uid ? [source.uid] : [])));
}

async function checkDashboards(findings: Finding[]): Promise<number> {
  const uids = await provisionedDatasourceUids();
  const seen = new Set<string>();
  let panels = 0;
  for (const { file, dashboard } of await readDashboards()) {
    const name = basename(file);
    if (!dashboard.uid || seen.has(dashboard.uid)) {
      findings.push({
        rule: 'dashboard-uid',
        object: name,
        message: `needs a uid of its own (got ${dashboard.uid ?? 'none'})`,
      });
    }
    if (dashboard.uid) seen.add(dashboard.uid);
    for (const panel of panelsOf(dashboard)) {
      if (panel.type === 'row') continue;
      panels += 1;
      const object = `${name}: "${panel.title ?? '(untitled)'}"`;
      const queries = (panel.targets ?? []).filter((target) => target.expr);
      if (queries.length === 0)
        findings.push({ rule: 'panel-query', object, message: 'has no PromQL query' });
      const sources = [panel.datasource, ...queries.map((target) => target.datasource)];
      for (const source of sources) {
        if (source?.uid && !uids.has(source.uid)) {
          findings.push({
            rule: 'panel-datasource',
            object,
            message: `datasource uid ${source.uid} is not provisioned`,
          });
        }
      }
      for (const target of queries) {
        const left = instantiate(target.expr!).match(/\$\w+/);
        if (left)
          findings.push({
            rule: 'panel-variable',
            object,
            message: `${left[0]} is not a variable Grafana fills here`,
          });
      }
    }
  }
  return panels;
}

/**
 * Every panel's PromQL parses: promtool has no offline query check, so the panels' queries go
 * into a scratch rule file as recording rules and `promtool check rules` parses them.
 */
export async function checkPromqlSyntax(panels: PromqlExpression[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'pyb-panels-'));
  try {
    for (const [index, panel] of panels.entries()) {
      const file = join(dir, `panel-${index}.yml`);
      await writeFile(
        file,
        stringify({
          groups: [{ name: 'panel', rules: [{ record: 'panel:query', expr: instantiate(panel.expr) }] }],
        }),
      );
      const result = await promtool(['check', 'rules', file]);
      if (!result.ok) findings.push({ rule: 'panel-promql', object: panel.where, message: result.output });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return findings;
}

/** promtool over config, rules and rule tests; alerts' runbooks and tests; dashboards' queries. */
export async function checkObservability(): Promise<ObservabilityReport> {
  const findings: Finding[] = [];
  const ruleTests = await checkPromtool(findings);
  const alerts = await checkAlerts(findings);
  const panels = await checkDashboards(findings);
  const queries = (await collectPromqlExpressions()).filter((expression) => expression.kind === 'panel');
  findings.push(...(await checkPromqlSyntax(queries)));
  return { findings, alerts, panels, ruleTests };
}
