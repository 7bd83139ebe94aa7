/**
 * `npm start`: the whole system on this machine. Builds every workspace, chooses or starts the
 * stores, applies migrations, runs the five services, and stops them all on Ctrl-C / SIGTERM.
 *
 * Flags: --no-build (reuse dist/ and .next/), --json-logs (pass service logs through as JSON),
 * --embedded (ignore configured and local servers: PGlite, no Redis, the Mongo stand-in).
 */
import { buildWorkspaces } from '../processes/build-workspaces.js';
import { relative } from 'node:path';
import { PGLITE_DATA_DIR, SERVICE_LOG_DIR } from '../paths.js';
import { StackStartError, startStack, type RunningStack } from '../stack/index.js';
import { portOverrides } from './port-overrides.js';

/** A log path as the person typed `npm start` would write it. */
const shown = (path: string) => relative(process.cwd(), path) || path;

async function main(): Promise<void> {
  const started = performance.now();
  const flags = new Set(process.argv.slice(2));
  const print = (line: string) => console.log(line);
  const ports = portOverrides();

  if (!flags.has('--no-build')) {
    print('Building workspaces …');
    await buildWorkspaces({ print });
  }

  // Signals can arrive while the stack is still starting; shutdown stops whatever exists by then.
  const current: { stack?: RunningStack } = {};
  let exiting = false;
  const shutdown = async (reason: string, code: number) => {
    if (exiting) return;
    exiting = true;
    print(`\n${reason}: stopping every service …`);
    await current.stack?.stop();
    print('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C while stopping means "now".
      if (exiting) process.exit(130);
      void shutdown(signal, 0);
    });
  }

  const stack = await startStack({
    ports,
    pgliteDataDir: PGLITE_DATA_DIR,
    embeddedOnly: flags.has('--embedded'),
    logFormat: flags.has('--json-logs') ? 'json' : 'pretty',
    logDir: SERVICE_LOG_DIR,
    print,
  });
  current.stack = stack;
  if (exiting) {
    await stack.stop();
    return;
  }

  print('');
  print(`PackYourBag is running (ready in ${((performance.now() - started) / 1000).toFixed(1)} s):`);
  print(`  web app           ${stack.urls.web}`);
  print(`  GraphQL endpoint  ${stack.urls.graphql}`);
  print(`  auth subgraph     ${stack.urls.auth}/graphql`);
  print(`  packing subgraph  ${stack.urls.packing}/graphql`);
  print(`  preferences       ${stack.urls.preferences}/graphql`);
  print(`  PostgreSQL        ${stack.stores.postgres}`);
  print(`  Redis             ${stack.stores.redis}`);
  print(`  MongoDB           ${stack.stores.mongo}`);
  // npm start is a local development command: it says which profile it runs and what that shows (0715).
  if (stack.nodeEnv === 'development') {
    print('  profile           development: introspection and "Did you mean" suggestions are on');
    print('                    (INTROSPECTION=false FIELD_SUGGESTIONS=false npm start turns them off)');
  } else {
    print(`  profile           NODE_ENV=${stack.nodeEnv}`);
  }
  print(`  service logs      ${shown(SERVICE_LOG_DIR)}/<service>.log`);
  print('Press Ctrl-C to stop.');

  const failure = await stack.failed;
  print(
    `\n${failure.service} exited unexpectedly (${failure.exit.code ?? failure.exit.signal}); its last output:`,
  );
  for (const line of failure.tail) print(`  ${line}`);
  print(`${failure.service} died. Details: ${shown(`${SERVICE_LOG_DIR}/${failure.service}.log`)}`);
  await shutdown(`${failure.service} died`, 1);
}

main().catch((error: unknown) => {
  if (error instanceof StackStartError) {
    // The tail for context, and last one line with the cause and where the whole output is.
    if (error.tail.length > 0) console.error(['--- last output ---', ...error.tail].join('\n'));
    console.error(`${error.summary}${error.logFile ? `. Details: ${shown(error.logFile)}` : ''}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
