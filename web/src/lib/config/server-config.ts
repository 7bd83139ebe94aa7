import { readWebConfig } from './web-config';

/**
 * The running server's configuration, read from the environment once when the server loads this
 * module. Route handlers import it; nothing else reads `process.env`.
 */
export const serverConfig = readWebConfig(process.env);
