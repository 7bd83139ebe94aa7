import { startStack, type RunningStack, type StartStackOptions } from '@packyourbag/stack';
import { E2E_CLIENT_ADDRESS_SECRET } from './forwarded-client.js';

/**
 * A stack the way every scenario starts one (the shared one in global setup, and the files that
 * need one of their own): scratch databases, free ports, NODE_ENV=test, the scenarios'
 * client-address secret, no status lines, no warm-up before readiness (decision 1495: it is a
 * production start's, and the scenario stacks' many starts would add minutes to the suite;
 * e2e/warm-up turns it on to prove it). E2E_EMBEDDED=1 ignores real servers (in-memory PGlite,
 * no Redis, the MongoDB stand-in); E2E_SHOW_LOGS=1 prints the services' output. `options` add to
 * or replace these.
 */
export async function startScenarioStack(options: StartStackOptions = {}): Promise<RunningStack> {
  // Free ports are picked, then bound by the service a moment later; a scenario starting its own
  // stack at the same time can take one in between (CI saw EADDRINUSE, reported as "did not
  // start"). A fresh start picks fresh ports, so such a start is tried again, up to three times.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      const raced = error instanceof Error && /did not start/.test(error.message);
      if (!raced || attempt >= 3) throw error;
    }
  }
}

function startOnce(options: StartStackOptions): Promise<RunningStack> {
  return startStack({
    scratch: true,
    ephemeralPorts: true,
    embeddedOnly: process.env.E2E_EMBEDDED === '1',
    nodeEnv: 'test',
    clientAddressSecret: E2E_CLIENT_ADDRESS_SECRET,
    showServiceOutput: process.env.E2E_SHOW_LOGS === '1',
    print: () => undefined,
    ...options,
    env: { WARM_UP: 'off', ...(options.env ?? process.env) },
  });
}
