import 'reflect-metadata';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsController } from './metrics-controller.js';

let app: INestApplication;
let baseUrl: string;
let scrapes = 0;

beforeAll(async () => {
  const source = {
    metrics: async () => {
      scrapes += 1;
      return `# TYPE demo_total counter\ndemo_total ${scrapes}\n`;
    },
  };
  @Module({ controllers: [metricsController(source)] })
  class DemoModule {}
  app = await NestFactory.create(DemoModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  baseUrl = await app.getUrl();
});

afterAll(() => app?.close());

describe('metricsController', () => {
  it('serves the source’s current exposition as Prometheus text on GET /metrics', async () => {
    const first = await fetch(`${baseUrl}/metrics`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(await first.text()).toBe('# TYPE demo_total counter\ndemo_total 1\n');
    // Read at scrape time, not once.
    expect(await (await fetch(`${baseUrl}/metrics`)).text()).toContain('demo_total 2');
  });
});
