import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../../test/fixtures/memory-logger.js';
import { supergraphFromFile } from './supergraph-file.js';
import { composeSupergraph } from '../../test/fixtures/compose.js';
import {
  PACKING_SDL_V2,
  AUTH_SDL,
  startTestStack,
  type GraphQLBody,
  type TestStack,
} from '../../test/fixtures/test-stack.js';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const queryVersion = async (current: TestStack) =>
  (await (await current.post({ query: '{ version }' })).json()) as GraphQLBody;

const supergraphWith = (current: TestStack, packingSdl: string) =>
  composeSupergraph([
    { name: 'auth', url: current.auth.url, typeDefs: AUTH_SDL },
    { name: 'packing', url: current.packing.url, typeDefs: packingSdl },
  ]);

describe('supergraph file', () => {
  it('picks up a changed file when watching', async () => {
    stack = await startTestStack({ config: { watchSupergraph: true }, router: { supergraphDebounceMs: 20 } });
    const current = stack;
    expect((await queryVersion(current)).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');

    await current.writeSupergraph(supergraphWith(current, PACKING_SDL_V2));

    await vi.waitFor(async () => expect((await queryVersion(current)).data).toEqual({ version: 'v2' }), {
      timeout: 5000,
      interval: 25,
    });
  });

  it('keeps serving the previous supergraph when the changed file is broken', async () => {
    stack = await startTestStack({ config: { watchSupergraph: true }, router: { supergraphDebounceMs: 20 } });
    const current = stack;

    await current.writeSupergraph('type Query { this is not a supergraph');

    await vi.waitFor(
      () =>
        expect(current.logs.some((line) => line.msg?.includes('keeping the previous supergraph'))).toBe(true),
      { timeout: 5000, interval: 25 },
    );
    const response = await current.post({ query: '{ packCount }' });
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ packCount: 2 });
  });

  it('sets up no watcher when not watching', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'pyb-supergraph-')), 'supergraph.graphql');
    await writeFile(path, 'the supergraph');
    const hook = supergraphFromFile({ path, watch: false, logger: memoryLogger().logger });

    const result = await hook({ update: vi.fn(), healthCheck: vi.fn(), getDataSource: vi.fn() });

    expect(result).toEqual({ supergraphSdl: 'the supergraph' });
  });

  it('refuses to start without a readable supergraph', async () => {
    await expect(
      startTestStack({ config: { supergraphPath: '/nonexistent/supergraph.graphql' } }),
    ).rejects.toThrow(/ENOENT/);
  });
});
