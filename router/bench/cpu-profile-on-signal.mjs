// Preloaded with `NODE_OPTIONS=--import …/cpu-profile-on-signal.mjs` by `npm run bench:load --profile`
// (Node 20 refuses --cpu-prof in NODE_OPTIONS, and the stack starts the services with fixed
// arguments): the first SIGUSR2 starts V8's sampling profiler, the second stops it and writes
// $CPU_PROFILE_DIR/<pid>.cpuprofile, so a profile holds exactly the benchmark's measured window.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const directory = process.env.CPU_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGUSR2', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      writeFileSync(join(directory, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
