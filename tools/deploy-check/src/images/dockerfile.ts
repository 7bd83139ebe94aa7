/** One instruction of a Dockerfile, continuation lines joined. */
export interface Instruction {
  /** Upper case: FROM, RUN, COPY, USER, … */
  keyword: string;
  /** `--from=build` → { from: 'build' } (flags before the arguments). */
  flags: Record<string, string>;
  /** The rest, flags removed. */
  args: string;
  line: number;
}

export interface Stage {
  /** `AS name`, or the stage's index when unnamed. */
  name: string;
  /** The image or earlier stage it starts from, as written (`${NODE_IMAGE}`, `build-packages`). */
  base: string;
  /** Instructions after its FROM. */
  instructions: Instruction[];
  line: number;
}

export interface Dockerfile {
  path: string;
  stages: Stage[];
}

/**
 * Reads a Dockerfile into its stages: comments and parser directives dropped, `\` continuations
 * joined, leading `--flag=value` options split off. Enough for the image rules; not a full
 * BuildKit parser (heredocs are not supported, and none are used here).
 */
export function parseDockerfile(path: string, text: string): Dockerfile {
  const instructions: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) return;
    if (pending !== '' && line.startsWith('#')) return;
    if (pending === '') startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    instructions.push(toInstruction(`${pending}${line}`, startLine));
    pending = '';
  });
  if (pending !== '') instructions.push(toInstruction(pending, startLine));

  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [base = '', as, name] = instruction.args.split(/\s+/);
      stages.push({
        name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length),
        base,
        instructions: [],
        line: instruction.line,
      });
    } else {
      // ARG before the first FROM is global; it belongs to no stage.
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { path, stages };
}

function toInstruction(text: string, line: number): Instruction {
  const [keyword = '', ...rest] = text.trim().split(/\s+/);
  const flags: Record<string, string> = {};
  while (rest[0]?.startsWith('--')) {
    const [flag = '', value = ''] = rest.shift()!.slice(2).split('=');
    flags[flag] = value;
  }
  return { keyword: keyword.toUpperCase(), flags, args: rest.join(' '), line };
}
