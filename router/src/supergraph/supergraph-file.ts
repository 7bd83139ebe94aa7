import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@packyourbag/service-kit';

export interface SupergraphFileOptions {
  /** Absolute path of the composed supergraph (SUPERGRAPH_PATH). */
  path: string;
  /**
   * Reload the file when it changes (WATCH_SUPERGRAPH).
   * @default false
   */
  watch?: boolean;
  /**
   * Quiet time after the last change before reloading, in milliseconds: editors and `npm run
   * compose` write a file in several steps, and a reload in between would read half a file.
   * @default 200
   */
  debounceMs?: number;
  /**
   * Turns the file's text into what the gateway gets (see plugins/authorization/enforced-security-features.ts).
   * @default the text unchanged
   */
  prepare?: (supergraphSdl: string) => string;
  logger: Logger;
}

/**
 * Serves the supergraph from the committed file (never by introspecting subgraphs). When watching,
 * a changed file replaces the supergraph; a file the gateway refuses is logged and the previous
 * supergraph keeps serving, so a bad compose never takes the endpoint down.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { path, logger } = options;
  const debounceMs = options.debounceMs ?? 200;
  const prepare = options.prepare ?? ((supergraphSdl: string) => supergraphSdl);

  return async ({ update }) => {
    let current = await readFile(path, 'utf8');
    if (!options.watch) return { supergraphSdl: prepare(current) };

    let timer: NodeJS.Timeout | undefined;
    const reload = async () => {
      let next: string;
      try {
        next = await readFile(path, 'utf8');
      } catch (error) {
        logger.error(
          { err: error, path },
          'could not read the supergraph file; keeping the previous supergraph',
        );
        return;
      }
      if (next === current) return;
      try {
        update(prepare(next));
        current = next;
        logger.info({ path }, 'supergraph reloaded');
      } catch (error) {
        logger.error(
          { err: error, path },
          'the changed supergraph is invalid; keeping the previous supergraph',
        );
      }
    };
    // The directory, not the file: an editor or a compose step that replaces the file by renaming
    // would leave a watcher on the file itself watching a deleted inode.
    const watcher: FSWatcher = watch(dirname(path), (_event, filename) => {
      if (filename !== null && filename !== basename(path)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    });
    watcher.on('error', (error) => logger.error({ err: error, path }, 'supergraph watcher failed'));

    return {
      supergraphSdl: prepare(current),
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}
