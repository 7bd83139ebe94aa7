import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import type { SchemaProblem } from '../compose/schema-problem.js';

/** Options of {@link findStaleGenerated}. */
export interface FindStaleGeneratedOptions {
  /** Repository root: codegen's paths are relative to it. */
  rootDir: string;
  /**
   * The codegen config file, relative to rootDir.
   * @default 'codegen.ts'
   */
  configFile?: string;
}

/** A generated file's path and the content codegen produces for it now. */
interface GeneratedFile {
  filename: string;
  content: string;
}

function subgraphOf(path: string): string[] {
  const match = /^subgraphs\/([^/]+)\//.exec(path);
  return match?.[1] ? [match[1]] : [];
}

function reason(error: unknown): string {
  const errors = (error as { errors?: unknown[] }).errors;
  const messages = Array.isArray(errors) && errors.length > 0 ? errors : [error];
  return messages.map((e) => (e instanceof Error ? e.message : String(e))).join('\n');
}

/**
 * Runs the repository's codegen config in memory (nothing is written) and returns a problem for
 * every generated file that is missing or differs from what is committed. Generating in memory means
 * a failing check never leaves the working tree modified.
 */
export async function findStaleGenerated(options: FindStaleGeneratedOptions): Promise<SchemaProblem[]> {
  const { rootDir } = options;
  const configFile = options.configFile ?? 'codegen.ts';
  let outputs: GeneratedFile[];
  try {
    const { config } = await loadCodegenConfig({ configFilePath: join(rootDir, configFile) });
    outputs = (await generate({ ...config, cwd: rootDir, silent: true }, false)) as GeneratedFile[];
  } catch (error) {
    return [
      { code: 'CODEGEN_FAILED', subgraphs: [], message: `${configFile}: ${reason(error)}`, locations: [] },
    ];
  }
  const problems: SchemaProblem[] = [];
  for (const output of outputs) {
    const path = join(rootDir, output.filename);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === output.content) continue;
    problems.push({
      code: 'STALE_GENERATED_FILE',
      subgraphs: subgraphOf(output.filename),
      message: `${output.filename} is ${current === undefined ? 'missing' : 'stale'}: run npm run codegen`,
      locations: [],
    });
  }
  return problems;
}
