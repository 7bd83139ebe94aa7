/** The parts of package-lock.json (lockfileVersion 3) this check reads. */
export interface Lockfile {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; link?: boolean }>;
}

/** package.json's `allowScripts`: `name` or `name@version` → allowed (true) or denied (false). */
export type AllowScripts = Record<string, boolean>;

export interface InstallScriptPackage {
  name: string;
  version: string;
}

/** The package name of a lockfile path: the part after the last `node_modules/`. */
function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * Whether `allowScripts` holds a reviewed decision for this package: a name-only entry (a denial,
 * or an approval of any version) or an entry pinned to exactly this version. An approval pinned to
 * another version does not cover it: the new version's script has not been read.
 */
function isReviewed(allowScripts: AllowScripts, pkg: InstallScriptPackage): boolean {
  return pkg.name in allowScripts || `${pkg.name}@${pkg.version}` in allowScripts;
}

/**
 * Every installed package (from the lockfile, so the answer does not depend on what is in
 * node_modules) that declares an install script and has no decision in `allowScripts`, sorted.
 */
export function uncoveredInstallScripts(
  lockfile: Lockfile,
  allowScripts: AllowScripts,
): InstallScriptPackage[] {
  const found = new Map<string, InstallScriptPackage>();
  for (const [path, entry] of Object.entries(lockfile.packages)) {
    if (!path.includes('node_modules/') || !entry.hasInstallScript || entry.link) continue;
    const pkg = { name: nameOf(path), version: entry.version ?? '' };
    if (!isReviewed(allowScripts, pkg)) found.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  return [...found.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
}
