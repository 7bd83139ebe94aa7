import { connect, type Socket } from 'node:net';
import { deserialize, Long, serialize, UUID, type Document } from 'bson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMongoStandin, type RunningMongoStandin } from '../index.js';
import { MessageFramer } from './message-framer.js';
import { OpMsgFlag } from './op-msg.js';
import { OpCode } from './op-codes.js';

/** A bare wire client, to check what the driver would not let a test see (flags, Int64, no-reply). */
class WireClient {
  private readonly framer = new MessageFramer();
  private readonly received: Buffer[] = [];
  private waiting?: () => void;
  private nextId = 1;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received.push(...this.framer.push(chunk));
      this.waiting?.();
    });
  }

  static open(port: number): Promise<WireClient> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new WireClient(socket.setNoDelay(true))));
    });
  }

  /** Sends OP_MSG with a body and optional kind 1 sequence; returns the request id. */
  sendMsg(
    body: Document,
    options: { flags?: number; sequence?: { id: string; docs: Document[] } } = {},
  ): number {
    const parts: Buffer[] = [Buffer.from([0]), Buffer.from(serialize(body))];
    if (options.sequence) {
      const docs = Buffer.concat(options.sequence.docs.map((d) => Buffer.from(serialize(d))));
      const name = Buffer.from(`${options.sequence.id}\0`);
      const size = Buffer.alloc(4);
      size.writeInt32LE(4 + name.length + docs.length);
      parts.push(Buffer.from([1]), size, name, docs);
    }
    const flags = Buffer.alloc(4);
    flags.writeUInt32LE(options.flags ?? 0);
    return this.send(OpCode.OP_MSG, Buffer.concat([flags, ...parts]));
  }

  sendQuery(collection: string, query: Document): number {
    const fixed = Buffer.alloc(4);
    const skipReturn = Buffer.alloc(8);
    skipReturn.writeInt32LE(-1, 4);
    return this.send(
      OpCode.OP_QUERY,
      Buffer.concat([fixed, Buffer.from(`${collection}\0`), skipReturn, serialize(query)]),
    );
  }

  /** The next reply: its header fields and its (first) document, with Int64 kept as Long. */
  async reply(): Promise<{ opCode: number; responseTo: number; doc: Document }> {
    while (this.received.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    const message = this.received.shift() as Buffer;
    const opCode = message.readInt32LE(12);
    const docStart = opCode === OpCode.OP_MSG ? 16 + 4 + 1 : 16 + 20;
    return {
      opCode,
      responseTo: message.readInt32LE(8),
      doc: deserialize(message.subarray(docStart), { promoteLongs: false }),
    };
  }

  close(): void {
    this.socket.destroy();
  }

  private send(opCode: number, payload: Buffer): number {
    const requestId = this.nextId++;
    const header = Buffer.alloc(16);
    header.writeInt32LE(16 + payload.length, 0);
    header.writeInt32LE(requestId, 4);
    header.writeInt32LE(opCode, 12);
    // Written in two pieces on purpose: the server must reassemble split frames.
    this.socket.write(header);
    this.socket.write(payload);
    return requestId;
  }
}

let standin: RunningMongoStandin;
let client: WireClient;

beforeAll(async () => {
  standin = await startMongoStandin({ logger: { info: () => {}, warn: () => {}, error: () => {} } });
  client = await WireClient.open(standin.port);
});

afterAll(async () => {
  client.close();
  await standin.close();
});

describe('wire protocol', () => {
  it('answers the legacy OP_QUERY isMaster handshake with OP_REPLY', async () => {
    const id = client.sendQuery('admin.$cmd', { isMaster: 1, helloOk: true });
    const { opCode, responseTo, doc } = await client.reply();
    expect({ opCode, responseTo }).toEqual({ opCode: OpCode.OP_REPLY, responseTo: id });
    expect(doc).toMatchObject({
      ok: 1,
      ismaster: true,
      helloOk: true,
      maxWireVersion: 21,
      maxWriteBatchSize: 100000,
    });
    expect(doc['compression']).toBeUndefined();
    expect(doc['setName']).toBeUndefined();
  });

  it('refuses other OP_QUERY commands', async () => {
    client.sendQuery('test.$cmd', { find: 'x' });
    expect((await client.reply()).doc).toMatchObject({ ok: 0, code: 352 });
  });

  it('merges kind 1 document sequences, skips replies for moreToCome and keeps UUID subtype 4', async () => {
    const uuid = new UUID();
    client.sendMsg(
      { insert: 'things', $db: 'wire' },
      { sequence: { id: 'documents', docs: [{ _id: 1, uuid }, { _id: 2 }] } },
    );
    expect((await client.reply()).doc).toMatchObject({ ok: 1, n: 2 });

    client.sendMsg(
      { insert: 'things', documents: [{ _id: 3 }], $db: 'wire' },
      { flags: OpMsgFlag.moreToCome },
    );
    client.sendMsg({ endSessions: [{ id: new UUID() }], $db: 'admin' }, { flags: OpMsgFlag.moreToCome });
    const pingId = client.sendMsg({ ping: 1, $db: 'admin' });
    const ping = await client.reply();
    expect(ping.responseTo).toBe(pingId);

    client.sendMsg({ find: 'things', filter: { uuid }, $db: 'wire' });
    const found = (await client.reply()).doc['cursor'].firstBatch;
    expect(found).toHaveLength(1);
    expect(found[0].uuid.sub_type).toBe(4);
    client.sendMsg({ count: 'things', $db: 'wire' });
    expect((await client.reply()).doc).toMatchObject({ n: 3 });
  });

  it('sends cursor ids as Int64 and pages with getMore', async () => {
    client.sendMsg({ find: 'things', batchSize: 2, $db: 'wire' });
    const first = (await client.reply()).doc['cursor'];
    expect(first.id).toBeInstanceOf(Long);
    expect(first.id.isZero()).toBe(false);
    expect(first.firstBatch).toHaveLength(2);

    client.sendMsg({ getMore: first.id, collection: 'things', $db: 'wire' });
    const next = (await client.reply()).doc['cursor'];
    expect(next.nextBatch.map((d: Document) => d['_id'])).toEqual([3]);
    expect(next.id).toBeInstanceOf(Long);
    expect(next.id.isZero()).toBe(true);

    client.sendMsg({ getMore: first.id, collection: 'things', $db: 'wire' });
    expect((await client.reply()).doc).toMatchObject({ ok: 0, code: 43, codeName: 'CursorNotFound' });
  });

  it('answers errors in the MongoDB shape', async () => {
    client.sendMsg({ frobnicate: 1, $db: 'wire' });
    expect((await client.reply()).doc).toEqual({
      ok: 0,
      errmsg: expect.stringContaining('no such command'),
      code: 59,
      codeName: 'CommandNotFound',
    });
    client.sendMsg({ find: 'things', frobnicate: true, $db: 'wire' });
    expect((await client.reply()).doc).toMatchObject({ ok: 0, code: 40415 });
    client.sendMsg({ insert: 'things', documents: [{ _id: 9 }], txnNumber: Long.fromNumber(1), $db: 'wire' });
    expect((await client.reply()).doc).toMatchObject({ ok: 0, code: 20 });
  });
});
