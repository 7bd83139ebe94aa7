import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** deploy/observability in this repository. */
export const observabilityDir = resolve(import.meta.dirname, '../../../../deploy/observability');
export const prometheusConfigFile = join(observabilityDir, 'prometheus/prometheus.yml');
export const rulesDir = join(observabilityDir, 'prometheus/rules');
export const ruleTestsDir = join(observabilityDir, 'prometheus/tests');
export const dashboardsDir = join(observabilityDir, 'grafana/dashboards');
export const datasourcesDir = join(observabilityDir, 'grafana/provisioning/datasources');
export const runbookFile = resolve(observabilityDir, '../../docs/runbooks/alerts.md');

/** One query of a Grafana panel, as the dashboard JSON holds it. */
export interface DashboardTarget {
  refId?: string;
  expr?: string;
  datasource?: { type?: string; uid?: string };
}
export interface DashboardPanel {
  id?: number;
  title?: string;
  type?: string;
  datasource?: { type?: string; uid?: string };
  targets?: DashboardTarget[];
  panels?: DashboardPanel[];
}
export interface Dashboard {
  uid?: string;
  title?: string;
  panels?: DashboardPanel[];
}

export interface Rule {
  alert?: string;
  record?: string;
  expr?: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
export interface RuleFile {
  groups?: Array<{ name?: string; rules?: Rule[] }>;
}

async function filesIn(dir: string, suffix: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

export async function ruleFiles(): Promise<string[]> {
  return filesIn(rulesDir, '.yml');
}

export async function ruleTestFiles(): Promise<string[]> {
  return filesIn(ruleTestsDir, '.yml');
}

export async function readDashboards(): Promise<Array<{ file: string; dashboard: Dashboard }>> {
  const files = await filesIn(dashboardsDir, '.json');
  return Promise.all(
    files.map(async (file) => ({ file, dashboard: JSON.parse(await readFile(file, 'utf8')) as Dashboard })),
  );
}

export async function readRuleFiles(): Promise<Array<{ file: string; rules: RuleFile }>> {
  const files = await ruleFiles();
  return Promise.all(
    files.map(async (file) => ({ file, rules: parse(await readFile(file, 'utf8')) as RuleFile })),
  );
}

/** Every panel of a dashboard, rows' nested panels included. */
export function panelsOf(dashboard: Dashboard): DashboardPanel[] {
  return (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
}
