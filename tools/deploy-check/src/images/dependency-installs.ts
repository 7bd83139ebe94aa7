import type { Instruction } from './dockerfile.js';

const INSTALL = /\b(npm\s+(ci|install|i)|yarn\s+install|pnpm\s+(install|i))\b/;
const PRODUCTION_ONLY = /--omit[= ]dev\b|--production\b|--prod\b|--only[= ]prod(uction)?\b/;

/** A RUN that installs packages with their dev dependencies (no `--omit=dev` or equivalent). */
export function installsDevDependencies(instruction: Instruction): boolean {
  return (
    instruction.keyword === 'RUN' && INSTALL.test(instruction.args) && !PRODUCTION_ONLY.test(instruction.args)
  );
}

/** The workspaces a RUN compiles (`npm run build -w <workspace>`), as written. */
export function workspacesBuilt(instruction: Instruction): string[] {
  if (instruction.keyword !== 'RUN') return [];
  return [...instruction.args.matchAll(/npm run build\s+(?:-w|--workspace)[= ]("[^"]+"|\S+)/g)].map((match) =>
    match[1]!.replace(/^"|"$/g, ''),
  );
}
