import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real repository root, whose schema/ the temp workspaces start from. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A throw-away copy of the contract files, for breaking them without touching the checkout. */
export interface TempWorkspace {
  rootDir: string;
  read(path: string): string;
  write(path: string, content: string): void;
  /** Replaces `search` (which must occur) in a file, e.g. to break one line of an SDL file. */
  edit(path: string, search: string, replacement: string): void;
  /** Runs git in the workspace with a fixed identity; returns stdout. */
  git(...args: string[]): string;
  /** `git init` plus a first commit of everything. */
  initRepository(): void;
  commitAll(message: string): void;
  remove(): void;
}

/** Options of {@link createTempWorkspace}. */
export interface TempWorkspaceOptions {
  /**
   * Repository-relative paths to copy from the real checkout.
   * @default the subgraph list and its SDL files
   */
  copy?: readonly string[];
  /**
   * Link the real node_modules in, for tools that resolve plugins from their cwd (codegen).
   * @default false
   */
  linkNodeModules?: boolean;
}

const DEFAULT_COPY = [
  'schema/subgraphs.json',
  'schema/auth.graphql',
  'schema/packing.graphql',
  'schema/preferences.graphql',
];

/** Creates a temp directory holding copies of the contract files (never the originals). */
export function createTempWorkspace(options: TempWorkspaceOptions = {}): TempWorkspace {
  const rootDir = mkdtempSync(join(tmpdir(), 'pyb-schema-'));
  for (const path of options.copy ?? DEFAULT_COPY) {
    mkdirSync(dirname(join(rootDir, path)), { recursive: true });
    cpSync(join(REPOSITORY_ROOT, path), join(rootDir, path), { recursive: true });
  }
  if (options.linkNodeModules)
    symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(rootDir, 'node_modules'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Schema Test', '-c', 'user.email=schema@test.invalid', ...args], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const workspace: TempWorkspace = {
    rootDir,
    read: (path) => readFileSync(join(rootDir, path), 'utf8'),
    write: (path, content) => {
      mkdirSync(dirname(join(rootDir, path)), { recursive: true });
      writeFileSync(join(rootDir, path), content);
    },
    edit: (path, search, replacement) => {
      const before = workspace.read(path);
      if (!before.includes(search)) throw new Error(`${path} does not contain ${JSON.stringify(search)}`);
      workspace.write(path, before.replace(search, replacement));
    },
    git,
    initRepository: () => {
      git('init', '-q', '-b', 'main');
      workspace.commitAll('initial contract');
    },
    commitAll: (message) => {
      // Only ever runs inside the temp directory's own repository.
      git('add', '-A', '--', '.', ':!node_modules');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
    remove: () => rmSync(rootDir, { recursive: true, force: true }),
  };
  return workspace;
}
