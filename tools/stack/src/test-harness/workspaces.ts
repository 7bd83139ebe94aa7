import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';

export interface Workspace {
  name: string;
  dir: string;
  scripts: Record<string, string>;
}

/** The root package.json's workspaces, in its order. */
export async function listWorkspaces(root: string = repositoryRoot): Promise<Workspace[]> {
  const rootPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    workspaces?: string[];
  };
  const workspaces: Workspace[] = [];
  for (const folder of rootPackage.workspaces ?? []) {
    const dir = join(root, folder);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      scripts?: Record<string, string>;
    };
    workspaces.push({ name: manifest.name, dir, scripts: manifest.scripts ?? {} });
  }
  return workspaces;
}
