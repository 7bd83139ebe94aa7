// A real Prometheus (Debian's binary) scrapes the running stack and evaluates every PromQL
// expression of every dashboard panel and every alert rule in deploy/observability: each must be
// valid, each panel must return data, and Prometheus itself must evaluate each rule without error.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  collectPromqlExpressions,
  instantiate,
  startPrometheus,
  type PromqlExpression,
  type RunningPrometheus,
} from '@packyourbag/deploy-check';
import { AuthClient, eventually } from '../auth-support/auth-client.js';
import { randomClientIp } from '../support/forwarded-client.js';

const stack = inject('stack');
const hostOf = (url: string) => new URL(url).host;

let prometheus: RunningPrometheus;
let expressions: PromqlExpression[];

beforeAll(async () => {
  prometheus = await startPrometheus({
    targets: [
      { job: 'router', address: hostOf(stack.graphqlUrl) },
      { job: 'auth', address: hostOf(stack.subgraphUrls.auth) },
      { job: 'packing', address: hostOf(stack.subgraphUrls.packing) },
      { job: 'preferences', address: hostOf(stack.subgraphUrls.preferences) },
    ],
  });
  expressions = await collectPromqlExpressions();

  // Traffic of every kind the panels show: a three-subgraph read, a caller's mistake, and a
  // guest session, whose user.created event the packing consumer handles (the sample gear).
  const client = new AuthClient({ graphqlUrl: stack.graphqlUrl, ip: randomClientIp() });
  for (let round = 0; round < 3; round += 1) {
    const guest = await client.startGuest();
    await client.ok(
      '{ me { id preferences { weightUnit } items(first: 5) { nodes { name } } } }',
      {},
      guest.accessToken,
    );
    await client.call('{ me { items(first: -1) { nodes { id } } } }', {}, guest.accessToken);
  }
  const up = await eventually(async () => {
    const targets = await prometheus.targets();
    return targets.length === 4 && targets.every((target) => target.health === 'up');
  }, 20_000);
  expect(up, JSON.stringify(await prometheus.targets())).toBe(true);
  // rate() needs two samples of a series inside its window: wait for the scrapes after the traffic.
  const handled = await eventually(async () => {
    const answer = await prometheus.query('sum(increase(pyb_lifecycle_events_handled_total[1m]))');
    return (answer.data?.result.length ?? 0) > 0;
  }, 20_000);
  expect(handled, 'the packing consumer handled the guests’ user.created events').toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
});

describe('every PromQL expression in deploy/observability, against a real Prometheus and the running stack', () => {
  it('finds the dashboards and the rules', () => {
    expect(expressions.filter((expression) => expression.kind === 'panel').length).toBeGreaterThanOrEqual(20);
    expect(expressions.filter((expression) => expression.kind === 'alert').length).toBeGreaterThanOrEqual(7);
  });

  it('every dashboard panel query is valid and returns data', async () => {
    const problems: string[] = [];
    for (const panel of expressions.filter((expression) => expression.kind === 'panel')) {
      const answer = await prometheus.query(instantiate(panel.expr));
      if (answer.status !== 'success') problems.push(`${panel.where}: ${answer.error ?? 'failed'}`);
      else if ((answer.data?.result.length ?? 0) === 0) problems.push(`${panel.where}: no data`);
    }
    expect(problems).toEqual([]);
  });

  it('every alert rule expression is valid PromQL for this Prometheus', async () => {
    const problems: string[] = [];
    for (const rule of expressions.filter((expression) => expression.kind !== 'panel')) {
      const answer = await prometheus.query(rule.expr);
      if (answer.status !== 'success') problems.push(`${rule.where}: ${answer.error ?? 'failed'}`);
    }
    expect(problems).toEqual([]);
  });

  it('Prometheus loaded every rule file and evaluates each rule without error', async () => {
    const response = await fetch(`${prometheus.url}/api/v1/rules`);
    const body = (await response.json()) as {
      data: { groups: Array<{ rules: Array<{ name: string; health: string; lastError?: string }> }> };
    };
    const rules = body.data.groups.flatMap((group) => group.rules);
    const alertNames = expressions
      .filter((expression) => expression.kind === 'alert')
      .map((expression) => expression.where.split(': ')[1]);
    expect(rules.map((rule) => rule.name).sort()).toEqual([...alertNames].sort());
    const evaluated = await eventually(async () => {
      const again = (await (await fetch(`${prometheus.url}/api/v1/rules`)).json()) as typeof body;
      return again.data.groups.flatMap((group) => group.rules).every((rule) => rule.health === 'ok');
    }, 10_000);
    expect(evaluated, JSON.stringify(rules.filter((rule) => rule.health !== 'ok'))).toBe(true);
  });

  it('no target is down while the stack runs (PybTargetDown stays quiet)', async () => {
    const answer = await prometheus.query('up == 0');
    expect(answer.status).toBe('success');
    expect(answer.data?.result).toEqual([]);
  });
});
