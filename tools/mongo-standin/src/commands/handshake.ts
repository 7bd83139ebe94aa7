import type { CommandDefinition } from './command-context.js';
import { MAX_MESSAGE_SIZE_BYTES } from '../wire/message-framer.js';
import type { Doc } from '../storage/doc.js';

/**
 * Wire version 21 is MongoDB 7.0: inside what the mongodb 7.x driver accepts (9..29), and the
 * version whose command shapes the stand-in implements.
 */
export const MAX_WIRE_VERSION = 21;
export const SERVER_VERSION = '7.0.0';
const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

/**
 * A standalone, writable primary without a replica set name: the driver then never sends
 * `txnNumber` for retryable writes (it retries only on replica sets). Sessions are advertised so
 * that `lsid` flows as with a server; a transaction started on one is refused by the dispatcher.
 */
function hello(legacy: boolean): CommandDefinition['handler'] {
  return (_command, context) => {
    const reply: Doc = {
      helloOk: true,
      ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
      maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
      maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
      maxWriteBatchSize: 100_000,
      localTime: new Date(),
      logicalSessionTimeoutMinutes: 30,
      connectionId: context.connectionId,
      minWireVersion: 0,
      maxWireVersion: MAX_WIRE_VERSION,
      readOnly: false,
    };
    return reply;
  };
}

export const handshakeCommands: Record<string, CommandDefinition> = {
  hello: { handler: hello(false), fields: '*' },
  isMaster: { handler: hello(true), fields: '*' },
  ismaster: { handler: hello(true), fields: '*' },
  ping: { handler: () => ({}), fields: [] },
  buildInfo: {
    handler: () => ({
      version: SERVER_VERSION,
      versionArray: [7, 0, 0, 0],
      gitVersion: 'mongo-standin',
      modules: ['mongo-standin'],
      bits: 64,
      debug: false,
      maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
      storageEngines: ['mongo-standin-memory'],
      javascriptEngine: 'none',
    }),
    fields: '*',
  },
  getParameter: {
    handler: (command) => {
      const reply: Doc = {};
      if (command['featureCompatibilityVersion'] !== undefined || command['getParameter'] === '*') {
        reply['featureCompatibilityVersion'] = { version: '7.0' };
      }
      return reply;
    },
    fields: '*',
  },
};
