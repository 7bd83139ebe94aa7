/**
 * mongodb-memory-server, only when someone installed it and its mongod binary is already on disk.
 * It is not a dependency of this project: it fetches mongod from fastdl.mongodb.org on first use,
 * which these machines cannot reach (docs/decisions/0502-embedded-stores.md).
 */
export interface MemoryServer {
  url: string;
  stop(): Promise<void>;
}

interface MongoMemoryServerInstance {
  getUri(): string;
  stop(): Promise<boolean>;
}
interface MemoryServerModule {
  MongoMemoryServer: { create(): Promise<MongoMemoryServerInstance> };
}

function isMemoryServerModule(value: unknown): value is MemoryServerModule {
  const candidate = (value as { MongoMemoryServer?: { create?: unknown } } | null)?.MongoMemoryServer;
  return typeof candidate?.create === 'function';
}

/** Starts a memory server, or explains why not (not installed, binary missing). */
export async function tryStartMemoryServer(): Promise<MemoryServer | { unavailable: string }> {
  const moduleName = 'mongodb-memory-server';
  let loaded: unknown;
  try {
    loaded = await import(moduleName);
  } catch {
    return { unavailable: 'mongodb-memory-server is not installed' };
  }
  if (!isMemoryServerModule(loaded)) return { unavailable: 'mongodb-memory-server has an unexpected API' };
  // Never download at run time: use a binary that is already present or fail quickly.
  process.env.MONGOMS_RUNTIME_DOWNLOAD ??= 'false';
  try {
    const server = await loaded.MongoMemoryServer.create();
    return {
      url: server.getUri(),
      stop: async () => {
        await server.stop();
      },
    };
  } catch (error) {
    return {
      unavailable: `mongodb-memory-server could not start: ${error instanceof Error ? error.message : error}`,
    };
  }
}
