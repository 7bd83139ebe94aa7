import { buildWorkspaces, startStack, type RunningStack } from '@packyourbag/stack';

/**
 * The subgraphs the gateway benchmarks route to: the workspaces built (unless `--no-build`), then
 * auth, packing and preferences on free ports with scratch databases (`--embedded`: PGlite and the
 * MongoDB stand-in), their output quiet. `extraEnv` adds to their environment (NODE_OPTIONS for
 * `--cpu-prof`, for one).
 */
export async function startBenchSubgraphs(
  flags: ReadonlySet<string>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningStack> {
  if (!flags.has('--no-build'))
    await buildWorkspaces({ services: ['auth', 'packing', 'preferences', 'router'] });
  console.log('starting subgraphs …');
  return startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: flags.has('--embedded'),
    services: ['auth', 'packing', 'preferences'],
    showServiceOutput: false,
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn', ...extraEnv },
  });
}
