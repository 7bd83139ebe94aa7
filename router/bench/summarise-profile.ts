/**
 * `node --import tsx router/bench/summarise-profile.ts <file.cpuprofile> [requests]`: self time of a
 * CPU profile by package and by function (per request when the number of requests is given).
 */
import { readFile } from 'node:fs/promises';
import { formatProfileSummary, summariseCpuProfile, type CpuProfile } from './cpu-profile-summary.js';

async function main(): Promise<void> {
  const [file, requests] = process.argv.slice(2);
  if (!file) throw new Error('usage: summarise-profile.ts <file.cpuprofile> [requests]');
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const summary = summariseCpuProfile(profile);
  for (const line of formatProfileSummary(file, summary, requests ? { requests: Number(requests) } : {}))
    console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
