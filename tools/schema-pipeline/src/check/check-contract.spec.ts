import { afterEach, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../compose/compose-supergraph.js';
import { writeContract } from '../compose/write-contract.js';
import { createTempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { checkContract } from './check-contract.js';
import { SchemaBaseRefError } from './schema-base.js';

let workspace: TempWorkspace | undefined;
afterEach(() => workspace?.remove());

const PACKING = 'schema/packing.graphql';
const DESCRIPTION = '  name: String!\n  description: String\n';
const DEPRECATED_DESCRIPTION = '  name: String!\n  description: String @deprecated(reason: "Use notes.")\n';
const WITHOUT_DESCRIPTION = '  name: String!\n';

/** `npm run compose` in the temp workspace. */
function compose(w: TempWorkspace): void {
  const result = composeSupergraph({ rootDir: w.rootDir });
  if (!result.ok) throw new Error(`composition failed: ${result.problems.map((p) => p.message).join('; ')}`);
  writeContract(w.rootDir, result);
}

/** A temp repository whose first commit is the real contract, composed. */
function composedRepository(): TempWorkspace {
  const w = createTempWorkspace();
  compose(w);
  w.initRepository();
  return w;
}

/** Applies an SDL edit, recomposes and commits it: one schema change as a developer lands it. */
function landChange(w: TempWorkspace, search: string, replacement: string, message: string): void {
  w.edit(PACKING, search, replacement);
  compose(w);
  w.commitAll(message);
}

describe('checkContract', () => {
  it('passes on the real schema, composed and committed', async () => {
    workspace = composedRepository();
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.notes.join('\n')).toContain('breaking-change check skipped');
  });

  it('fails on composition errors with subgraph and coordinate, without checking further', async () => {
    workspace = composedRepository();
    workspace.edit(PACKING, 'totalCount: Int!', 'totalCount: Count!');
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report).toMatchObject({ ok: false, composed: false });
    expect(report.problems).toEqual([
      expect.objectContaining({ subgraphs: ['packing'], coordinate: 'ItemConnection.totalCount' }),
    ]);
  });

  it('fails when the committed supergraph is stale', async () => {
    workspace = composedRepository();
    workspace.edit(
      PACKING,
      '  weightMg: Int!\n  createdAt',
      '  weightMg: Int!\n  brand: String\n  createdAt',
    );
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'STALE_SUPERGRAPH',
        expect.stringMatching(/^schema\/supergraph\.graphql is stale.*run npm run compose$/),
      ],
      ['STALE_SUPERGRAPH', expect.stringMatching(/^schema\/api\.graphql is stale/)],
    ]);
  });

  it('fails when a generated file was edited by hand', async () => {
    workspace = composedRepository();
    workspace.write('schema/api.graphql', `${workspace.read('schema/api.graphql')}\nscalar Extra\n`);
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'STALE_SUPERGRAPH',
        message: expect.stringContaining('schema/api.graphql'),
      }),
    ]);
  });

  it('fails when the last committed change removed a field that was not deprecated', async () => {
    workspace = composedRepository();
    landChange(workspace, DESCRIPTION, WITHOUT_DESCRIPTION, 'remove Item.description');
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'BREAKING_CHANGE',
        subgraphs: ['packing'],
        coordinate: 'Item.description',
      }),
    ]);
    expect(report.problems[0]?.message).toMatch(/Field 'description' .*removed.*deprecate it first/s);
    expect(report.notes.join('\n')).toMatch(/checked against [0-9a-f]{12}\^/);
  });

  it('fails on an uncommitted removal, checked against HEAD', async () => {
    workspace = composedRepository();
    workspace.edit(PACKING, DESCRIPTION, WITHOUT_DESCRIPTION);
    compose(workspace);
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'BREAKING_CHANGE', coordinate: 'Item.description' }),
    ]);
    expect(report.notes.join('\n')).toContain('checked against HEAD');
  });

  it('passes when the field was deprecated in an earlier commit and removed later', async () => {
    workspace = composedRepository();
    landChange(workspace, DESCRIPTION, DEPRECATED_DESCRIPTION, 'deprecate Item.description');
    expect((await checkContract({ rootDir: workspace.rootDir })).ok).toBe(true);
    landChange(workspace, DEPRECATED_DESCRIPTION, WITHOUT_DESCRIPTION, 'remove Item.description');
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([]);
    expect(report.notes.join('\n')).toContain('allowed (deprecated before): Item.description');
  });

  it('names arguments by coordinate', async () => {
    workspace = composedRepository();
    // Only the stable prefix of the real SDL (first/after are public API; later arguments may follow).
    landChange(workspace, 'items(first: Int = 20, after: String', 'items(first: Int = 20', 'drop cursor');
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'BREAKING_CHANGE',
        subgraphs: ['packing'],
        coordinate: 'User.items(after:)',
      }),
    ]);
  });

  it('asks for an optional argument when a required one is added', async () => {
    workspace = composedRepository();
    workspace.edit(
      PACKING,
      'items(first: Int = 20, after: String',
      'items(first: Int = 20, after: String, tag: String!',
    );
    compose(workspace);
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([
      expect.objectContaining({
        coordinate: 'User.items(tag:)',
        message: expect.stringContaining('make it optional'),
      }),
    ]);
  });

  it('accepts a breaking change listed in schema/breaking-changes-approved.json', async () => {
    workspace = composedRepository();
    workspace.write(
      'schema/breaking-changes-approved.json',
      JSON.stringify({
        approved: [{ coordinate: 'Item.description', change: 'FIELD_REMOVED', reason: 'never shipped' }],
      }),
    );
    landChange(workspace, DESCRIPTION, WITHOUT_DESCRIPTION, 'remove Item.description (approved)');
    const report = await checkContract({ rootDir: workspace.rootDir });
    expect(report.problems).toEqual([]);
    expect(report.notes.join('\n')).toContain('Item.description: never shipped');
  });

  it('uses SCHEMA_BASE_REF when given, and rejects a ref that does not exist', async () => {
    workspace = composedRepository();
    workspace.git('tag', 'released');
    landChange(workspace, DESCRIPTION, WITHOUT_DESCRIPTION, 'remove Item.description');
    landChange(
      workspace,
      '  weightMg: Int!\n  createdAt',
      '  weightMg: Int!\n  brand: String\n  createdAt',
      'add brand',
    );
    // The last change alone is additive; against the release, the removal still shows.
    expect((await checkContract({ rootDir: workspace.rootDir })).ok).toBe(true);
    const report = await checkContract({ rootDir: workspace.rootDir, baseRef: 'released' });
    expect(report.problems).toEqual([expect.objectContaining({ coordinate: 'Item.description' })]);
    await expect(checkContract({ rootDir: workspace.rootDir, baseRef: 'no-such-ref' })).rejects.toThrow(
      SchemaBaseRefError,
    );
  });
});
