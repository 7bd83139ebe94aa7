import type { Finding } from '../policy/finding.js';
import { installsDevDependencies, workspacesBuilt } from './dependency-installs.js';
import type { Dockerfile, Instruction, Stage } from './dockerfile.js';
import { effectiveUser, finalStages, inheritedInstructions, stageNamed, workdirOf } from './stage-graph.js';

const where = (dockerfile: Dockerfile, stage: Stage, instruction?: Instruction) =>
  `${dockerfile.path}:${instruction?.line ?? stage.line} (stage ${stage.name})`;

/** Every image (final stage) runs as a named or numeric user other than root. */
export function checkNonRoot(dockerfile: Dockerfile): Finding[] {
  return finalStages(dockerfile).flatMap((stage) => {
    const user = effectiveUser(dockerfile, stage);
    const uid = user.split(':')[0];
    return uid === 'root' || uid === '0'
      ? [
          {
            rule: 'image-non-root',
            object: where(dockerfile, stage),
            message: `image "${stage.name}" runs as ${user}; set USER to an unprivileged user (node, uid 1000)`,
          },
        ]
      : [];
  });
}

/** The first stage up the chain (or the stage itself) that installed dev dependencies. */
function devInstallIn(dockerfile: Dockerfile, stage: Stage): [Stage, Instruction] | undefined {
  return inheritedInstructions(dockerfile, stage).find(([, instruction]) =>
    installsDevDependencies(instruction),
  );
}

/**
 * No image holds dev dependencies: none is built on a stage that installed them, and none copies
 * node_modules (or the whole working folder) out of such a stage; compiled output may be copied.
 */
export function checkProductionDependencies(dockerfile: Dockerfile): Finding[] {
  const findings: Finding[] = [];
  for (const stage of finalStages(dockerfile)) {
    const inherited = devInstallIn(dockerfile, stage);
    if (inherited) {
      const [from, instruction] = inherited;
      findings.push({
        rule: 'image-production-dependencies',
        object: where(dockerfile, stage),
        message: `image "${stage.name}" is built on stage "${from.name}", which installs dev dependencies (line ${instruction.line}); install with --omit=dev in a stage of its own`,
      });
    }
    for (const [, instruction] of inheritedInstructions(dockerfile, stage)) {
      const source =
        instruction.keyword === 'COPY' ? stageNamed(dockerfile, instruction.flags.from) : undefined;
      if (!source || !devInstallIn(dockerfile, source)) continue;
      const paths = instruction.args.split(' ').slice(0, -1);
      const root = workdirOf(dockerfile, source).replace(/\/$/, '');
      const everything = (path: string) => ['', '.', '/', root].includes(path.replace(/\/$/, ''));
      const copied = paths.filter((path) => path.includes('node_modules') || everything(path));
      if (copied.length > 0) {
        findings.push({
          rule: 'image-production-dependencies',
          object: where(dockerfile, stage, instruction),
          message: `image "${stage.name}" copies ${copied.join(', ')} from stage "${source.name}", which holds dev dependencies`,
        });
      }
    }
  }
  return findings;
}

/**
 * Nothing the process runs as may own or be granted the image's files (the root filesystem is
 * read-only in a cluster, and should be read-only to the process anyway): no `COPY --chown`, no
 * `chown`/`chmod` in an image's stages, no VOLUME (state belongs in /tmp or a store).
 */
export function checkReadOnlyRoot(dockerfile: Dockerfile): Finding[] {
  const findings: Finding[] = [];
  for (const stage of finalStages(dockerfile)) {
    for (const [, instruction] of inheritedInstructions(dockerfile, stage)) {
      const grants =
        (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
        instruction.flags.chown !== undefined
          ? `${instruction.keyword} --chown`
          : instruction.keyword === 'RUN' && /\b(chown|chmod)\b/.test(instruction.args)
            ? 'chown/chmod'
            : instruction.keyword === 'VOLUME'
              ? 'VOLUME'
              : undefined;
      if (grants) {
        findings.push({
          rule: 'image-read-only-root',
          object: where(dockerfile, stage, instruction),
          message: `image "${stage.name}" uses ${grants}: the process must find its files read-only and write only to /tmp`,
        });
      }
    }
  }
  return findings;
}

const signature = (stage: Stage) =>
  [stage.base, ...stage.instructions.map((i) => `${i.keyword} ${JSON.stringify(i.flags)} ${i.args}`)].join(
    '\n',
  );

/**
 * Build work is done once and shared: no two stages (in any Dockerfile) are the same, each
 * workspace is compiled in one stage only, and the full install with dev tools happens once.
 */
export function checkSharedStages(dockerfiles: readonly Dockerfile[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const built = new Map<string, string>();
  const devInstalls: string[] = [];
  for (const dockerfile of dockerfiles) {
    for (const stage of dockerfile.stages) {
      const here = where(dockerfile, stage);
      const first = seen.get(signature(stage));
      if (first) {
        findings.push({
          rule: 'image-shared-stages',
          object: here,
          message: `stage "${stage.name}" repeats ${first}; build on (FROM) or copy from the first instead`,
        });
      } else {
        seen.set(signature(stage), here);
      }
      for (const instruction of stage.instructions) {
        for (const workspace of workspacesBuilt(instruction)) {
          const other = built.get(workspace);
          if (other && other !== here) {
            findings.push({
              rule: 'image-shared-stages',
              object: where(dockerfile, stage, instruction),
              message: `${workspace} is compiled again (first in ${other}); compile it in one shared stage`,
            });
          } else {
            built.set(workspace, here);
          }
        }
        if (installsDevDependencies(instruction)) devInstalls.push(where(dockerfile, stage, instruction));
      }
    }
  }
  if (devInstalls.length > 1) {
    findings.push({
      rule: 'image-shared-stages',
      object: devInstalls.slice(1).join(', '),
      message: `the install with dev dependencies runs ${devInstalls.length} times (first ${devInstalls[0]}); share one build stage`,
    });
  }
  return findings;
}
