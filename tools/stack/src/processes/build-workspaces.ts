import { repositoryRoot } from '../repository-root.js';
import { SERVICE_DEFINITIONS, SERVICE_NAMES, type ServiceName } from '../stack/service-definitions.js';
import { formatLogLine } from './format-log-line.js';
import { startServiceProcess } from './service-process.js';

export interface BuildWorkspacesOptions {
  /**
   * Services whose workspaces to build (the internal packages and the Mongo stand-in always build).
   * @default all five
   */
  services?: readonly ServiceName[];
  /** @default console.log */
  print?: (line: string) => void;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

export class BuildError extends Error {
  override name = 'BuildError';
}

/**
 * Internal packages that other internal packages import (service-kit reports errors and flushes
 * spans on shutdown): built first.
 */
export const BASE_PACKAGES = ['@packyourbag/error-reports', '@packyourbag/telemetry'] as const;

/**
 * Internal packages the services compile against and import from `dist/` at run time. They build
 * after the base packages (in parallel: they do not import each other); add a new internal package here.
 */
export const INTERNAL_PACKAGES = [
  '@packyourbag/service-kit',
  '@packyourbag/lifecycle-events',
  '@packyourbag/sample-gear',
] as const;

/**
 * `npm run build` per workspace: the internal packages first, then the services in parallel.
 * Each service's build also generates what it needs (Prisma clients).
 */
export async function buildWorkspaces(options: BuildWorkspacesOptions = {}): Promise<void> {
  const print = options.print ?? ((line: string) => console.log(line));
  const services = options.services ?? SERVICE_NAMES;
  const stages: string[][] = [
    [...BASE_PACKAGES],
    // The stand-in builds here, a stage before the stack: the stack compiles against its types
    // (a clean clone has no dist/ yet, so building both at once failed in CI).
    [...INTERNAL_PACKAGES, '@packyourbag/mongo-standin'],
    // The stack's own migration runner, compiled as the migrate image runs it (e2e/container-runtime).
    ['@packyourbag/stack', ...services.map((name) => SERVICE_DEFINITIONS[name].workspace)],
  ];
  for (const stage of stages) {
    await Promise.all(stage.map((workspace) => buildOne(workspace, print, options.env ?? process.env)));
  }
}

async function buildOne(
  workspace: string,
  print: (line: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const label = `build ${workspace.replace('@packyourbag/', '')}`;
  const started = Date.now();
  const child = startServiceProcess({
    name: label,
    command: 'npm',
    args: ['run', 'build', '--workspace', workspace, '--if-present'],
    cwd: repositoryRoot,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    // Builds are quiet unless they fail: the tail is printed then.
    onLine: () => undefined,
    tailLines: 60,
  });
  const exit = await child.exited;
  if (exit.code !== 0) {
    for (const line of child.tail()) print(formatLogLine(label, line, 'pretty', 20));
    throw new BuildError(`${workspace} failed to build (exit ${exit.code ?? exit.signal}).`);
  }
  print(`${label.padEnd(20)}| built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
