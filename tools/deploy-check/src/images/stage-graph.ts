import type { Dockerfile, Instruction, Stage } from './dockerfile.js';

/** The stage a `FROM` or `COPY --from` names, when it names one of this file's stages. */
export function stageNamed(dockerfile: Dockerfile, name: string | undefined): Stage | undefined {
  return name === undefined ? undefined : dockerfile.stages.find((stage) => stage.name === name);
}

/** The stage and the stages it is built FROM, nearest first (an outside image ends the chain). */
export function ancestry(dockerfile: Dockerfile, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !chain.includes(current);) {
    chain.push(current);
    current = stageNamed(dockerfile, current.base);
  }
  return chain;
}

/** Instructions that shape the stage, its ancestors' first. */
export function inheritedInstructions(dockerfile: Dockerfile, stage: Stage): Array<[Stage, Instruction]> {
  return ancestry(dockerfile, stage)
    .reverse()
    .flatMap((each) => each.instructions.map((instruction): [Stage, Instruction] => [each, instruction]));
}

/** Stages no other stage builds on or copies from: the images the file produces (its targets). */
export function finalStages(dockerfile: Dockerfile): Stage[] {
  const used = new Set<string>();
  for (const stage of dockerfile.stages) {
    used.add(stage.base);
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'COPY' && instruction.flags.from) used.add(instruction.flags.from);
    }
  }
  return dockerfile.stages.filter((stage) => !used.has(stage.name));
}

/** The user the stage's process runs as: the last USER up its chain, else the base image's root. */
export function effectiveUser(dockerfile: Dockerfile, stage: Stage): string {
  const users = inheritedInstructions(dockerfile, stage).filter(
    ([, instruction]) => instruction.keyword === 'USER',
  );
  return users.at(-1)?.[1].args ?? 'root';
}

/** The last WORKDIR up the chain (`/` when none). */
export function workdirOf(dockerfile: Dockerfile, stage: Stage): string {
  const dirs = inheritedInstructions(dockerfile, stage).filter(
    ([, instruction]) => instruction.keyword === 'WORKDIR',
  );
  return dirs.at(-1)?.[1].args ?? '/';
}
