/**
 * `npm run deploy:check`: renders every overlay in deploy/kubernetes with `kubectl kustomize`,
 * validates each object against the Kubernetes schemas offline and applies the deployment policy;
 * then checks deploy/observability with promtool (config, rules, rule tests) and the dashboards,
 * and the Dockerfiles (non-root, production dependencies only, read-only root, shared stages, the
 * targets compose builds and the manifests run).
 * Prints one line per finding and exits 1 if there is any.
 */
import { join, resolve } from 'node:path';
import { checkOverlay } from '../check-overlay.js';
import { checkImages, readImagesInput } from '../images/check-images.js';
import { checkObservability } from '../observability/check-observability.js';
import { listOverlays } from '../render/overlays.js';

const kubernetesDir = resolve(import.meta.dirname, '../../../../deploy/kubernetes');

async function main(): Promise<number> {
  let failed = 0;
  for (const overlay of await listOverlays(kubernetesDir)) {
    const { objects, findings } = await checkOverlay(overlay);
    const where = join('deploy/kubernetes/overlays', overlay.name);
    if (findings.length === 0) {
      console.log(`ok   ${where}: ${objects.length} objects, schemas valid, policy met`);
      continue;
    }
    failed += findings.length;
    console.log(`FAIL ${where}: ${findings.length} finding(s) in ${objects.length} objects`);
    for (const finding of findings) console.log(`  [${finding.rule}] ${finding.object}: ${finding.message}`);
  }
  const images = checkImages(await readImagesInput());
  if (images.findings.length === 0) {
    console.log(`ok   images: ${images.images.join('; ')}: non-root, production dependencies, stages shared`);
  } else {
    failed += images.findings.length;
    console.log(`FAIL images: ${images.findings.length} finding(s)`);
    for (const finding of images.findings)
      console.log(`  [${finding.rule}] ${finding.object}: ${finding.message}`);
  }
  const observability = await checkObservability();
  if (observability.findings.length === 0) {
    console.log(
      `ok   deploy/observability: promtool config, rules and ${observability.ruleTests} rule test file(s); ` +
        `${observability.alerts} alerts with runbooks and tests; ${observability.panels} dashboard panels`,
    );
  } else {
    failed += observability.findings.length;
    console.log(`FAIL deploy/observability: ${observability.findings.length} finding(s)`);
    for (const finding of observability.findings)
      console.log(`  [${finding.rule}] ${finding.object}: ${finding.message}`);
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
