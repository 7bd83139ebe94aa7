// Which room of the repository a file or a workspace package lives in, read from the root
// package.json's workspaces, so the import-boundary rule never carries its own copy of the layout.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * @typedef {'deployable' | 'package' | 'tool' | 'e2e' | 'root'} Room
 * @typedef {{ name: string; dir: string; room: Room; declared: Set<string> }} Workspace
 * @typedef {{ root: string; byName: Map<string, Workspace>; byDir: Map<string, Workspace> }} Rooms
 */

/** @param {string} dir relative to the repository root, with forward slashes @returns {Room} */
export function roomOf(dir) {
  if (dir === 'e2e' || dir.startsWith('e2e/')) return 'e2e';
  if (dir.startsWith('packages/')) return 'package';
  if (dir.startsWith('tools/')) return 'tool';
  if (dir.startsWith('subgraphs/') || dir === 'router' || dir === 'web') return 'deployable';
  return 'root';
}

/** @param {string} path @returns {any} */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** @param {string} root the repository root @returns {Rooms} */
export function readRooms(root) {
  const rootManifest = readJson(join(root, 'package.json'));
  /** @type {string[]} */
  const dirs = rootManifest.workspaces ?? [];
  const byName = new Map();
  const byDir = new Map();
  for (const dir of dirs) {
    const manifest = readJson(join(root, dir, 'package.json'));
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.devDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    const workspace = { name: manifest.name, dir, room: roomOf(dir), declared };
    byName.set(manifest.name, workspace);
    byDir.set(dir, workspace);
  }
  return { root, byName, byDir };
}

/**
 * The workspace a file belongs to (the nearest workspace folder above it), or the room of a file
 * outside every workspace (e2e, the root's own config files).
 * @param {Rooms} rooms @param {string} file absolute path
 * @returns {{ dir: string; room: Room; workspace?: Workspace }}
 */
export function locate(rooms, file) {
  let dir = relative(rooms.root, dirname(file)).split(sep).join('/');
  while (dir && dir !== '.') {
    const workspace = rooms.byDir.get(dir);
    if (workspace) return { dir, room: workspace.room, workspace };
    if (dir === 'e2e') return { dir, room: 'e2e' };
    const parent = dirname(dir);
    dir = parent === '.' ? '' : parent;
  }
  return { dir: '', room: 'root' };
}

/** The repository root: the nearest folder above `start` whose package.json has workspaces. @param {string} start */
export function findRepositoryRoot(start) {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readJson(manifest).workspaces) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json with workspaces above ${start}`);
    dir = parent;
  }
}
