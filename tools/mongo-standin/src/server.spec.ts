// Long on purpose: one stand-in and one mongoose connection serve every case (each a driver
// behaviour the services rely on), so the cases read as one contract rather than several files
// repeating the start-up and model set-up.
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMongoStandin } from './index.js';
import type { MongoStandinLogger, RunningMongoStandin } from './index.js';

interface Preferences {
  userId: string;
  units: 'metric' | 'imperial';
  theme: string;
  notifications: { email: boolean; push: boolean };
  tags: string[];
  visits: number;
}

const preferencesSchema = new Schema<Preferences>({
  userId: { type: String, required: true, unique: true },
  units: { type: String, enum: ['metric', 'imperial'], default: 'metric' },
  theme: { type: String, default: 'light' },
  notifications: {
    email: { type: Boolean, default: true },
    push: { type: Boolean, default: false },
  },
  tags: { type: [String], default: [] },
  visits: { type: Number, default: 0 },
});

const warnings: string[] = [];
const logger: MongoStandinLogger = {
  info: () => {},
  warn: (m) => warnings.push(m),
  error: (m) => warnings.push(m),
};

let standin: RunningMongoStandin;
let connection: Connection;
let Prefs: Model<Preferences>;

beforeAll(async () => {
  standin = await startMongoStandin({ logger });
  connection = await mongoose.createConnection(standin.url, { serverSelectionTimeoutMS: 2000 }).asPromise();
  Prefs = connection.model<Preferences>('Preferences', preferencesSchema);
  await Prefs.init();
});

afterAll(async () => {
  await connection.close();
  await standin.close();
});

beforeEach(async () => {
  await Prefs.deleteMany({});
});

describe('mongo-standin driven by mongoose 9', () => {
  it('logs the development-only banner and serves a mongodb:// URL', () => {
    expect(warnings.join('\n')).toMatch(/DEVELOPMENT AND TEST TOOL/);
    expect(standin.url).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/test$/);
  });

  it('creates with defaults, finds, lean-reads, updates and deletes', async () => {
    const created = await Prefs.create({ userId: 'u1' });
    expect(created.units).toBe('metric');

    const found = await Prefs.findOne({ userId: 'u1' }).lean();
    expect(found).toMatchObject({
      userId: 'u1',
      units: 'metric',
      theme: 'light',
      notifications: { email: true, push: false },
    });
    expect(found?._id.toHexString()).toBe(created._id.toHexString());

    const updated = await Prefs.updateOne({ userId: 'u1' }, { $set: { theme: 'dark' }, $inc: { visits: 2 } });
    expect(updated).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await Prefs.findOne({ userId: 'u1' }).lean()).toMatchObject({ theme: 'dark', visits: 2 });

    const unchanged = await Prefs.updateOne({ userId: 'u1' }, { $set: { theme: 'dark' } });
    expect(unchanged).toMatchObject({ matchedCount: 1, modifiedCount: 0 });

    const deleted = await Prefs.deleteOne({ userId: 'u1' });
    expect(deleted.deletedCount).toBe(1);
    expect(await Prefs.findOne({ userId: 'u1' })).toBeNull();
  });

  it('saves a modified document through the driver update path', async () => {
    const doc = await Prefs.create({ userId: 'u-save' });
    doc.tags.push('ultralight');
    doc.notifications.push = true;
    await doc.save();
    expect(await Prefs.findById(doc._id).lean()).toMatchObject({
      tags: ['ultralight'],
      notifications: { push: true },
    });
  });

  it('upserts with the filter equality fields and reports upsertedId', async () => {
    const result = await Prefs.updateOne(
      { userId: 'u2' },
      { $set: { theme: 'dark' }, $setOnInsert: { units: 'imperial' } },
      { upsert: true },
    );
    expect(result.upsertedCount).toBe(1);
    expect(result.upsertedId).toBeInstanceOf(mongoose.Types.ObjectId);
    const stored = await Prefs.findById(result.upsertedId).lean();
    expect(stored).toMatchObject({ userId: 'u2', theme: 'dark', units: 'imperial' });

    await Prefs.updateOne(
      { userId: 'u2' },
      { $set: { theme: 'light' }, $setOnInsert: { units: 'metric' } },
      { upsert: true },
    );
    expect(await Prefs.findById(result.upsertedId).lean()).toMatchObject({
      theme: 'light',
      units: 'imperial',
    });
    expect(await Prefs.countDocuments()).toBe(1);
  });

  it('findOneAndUpdate sets nested paths and returns the new document', async () => {
    await Prefs.create({ userId: 'u3' });
    const after = await Prefs.findOneAndUpdate(
      { userId: 'u3' },
      { $set: { 'notifications.push': true, theme: 'dark' } },
      { returnDocument: 'after' },
    ).lean();
    expect(after).toMatchObject({ userId: 'u3', theme: 'dark', notifications: { email: true, push: true } });

    const before = await Prefs.findOneAndUpdate(
      { userId: 'u3' },
      { $set: { theme: 'sepia' } },
      { returnDocument: 'before' },
    ).lean();
    expect(before?.theme).toBe('dark');

    const upserted = await Prefs.findOneAndUpdate(
      { userId: 'u4' },
      { $set: { theme: 'dark' } },
      {
        returnDocument: 'after',
        upsert: true,
        setDefaultsOnInsert: true,
        projection: { theme: 1, userId: 1 },
      },
    ).lean();
    expect(upserted).toMatchObject({ userId: 'u4', theme: 'dark' });
    expect(upserted).not.toHaveProperty('units');

    const removed = await Prefs.findOneAndDelete({ userId: 'u4' }).lean();
    expect(removed?.userId).toBe('u4');
    expect(await Prefs.exists({ userId: 'u4' })).toBeNull();
  });

  it('keeps both of two concurrent findOneAndUpdate $set of different fields', async () => {
    await Prefs.create({ userId: 'u5' });
    await Promise.all([
      Prefs.findOneAndUpdate({ userId: 'u5' }, { $set: { theme: 'dark' } }, { returnDocument: 'after' }),
      Prefs.findOneAndUpdate(
        { userId: 'u5' },
        { $set: { 'notifications.email': false } },
        { returnDocument: 'after' },
      ),
      Prefs.findOneAndUpdate({ userId: 'u5' }, { $push: { tags: 'a' } }, { returnDocument: 'after' }),
      Prefs.findOneAndUpdate({ userId: 'u5' }, { $push: { tags: 'b' } }, { returnDocument: 'after' }),
    ]);
    const stored = await Prefs.findOne({ userId: 'u5' }).lean();
    expect(stored).toMatchObject({ theme: 'dark', notifications: { email: false } });
    expect(stored?.tags.slice().sort()).toEqual(['a', 'b']);
  });

  it('rejects a duplicate of a unique index with E11000 / code 11000', async () => {
    await Prefs.create({ userId: 'dup' });
    const error = await Prefs.create({ userId: 'dup' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 11000, keyPattern: { userId: 1 }, keyValue: { userId: 'dup' } });
    expect((error as Error).message).toMatch(/E11000 duplicate key error/);

    await Prefs.create({ userId: 'other' });
    const viaUpdate = await Prefs.updateOne({ userId: 'other' }, { $set: { userId: 'dup' } }).catch(
      (e: unknown) => e,
    );
    expect(viaUpdate).toMatchObject({ code: 11000 });
    const viaFindAndModify = await Prefs.findOneAndUpdate(
      { userId: 'other' },
      { $set: { userId: 'dup' } },
    ).catch((e: unknown) => e);
    expect(viaFindAndModify).toMatchObject({ code: 11000 });
    expect(await Prefs.countDocuments({ userId: 'dup' })).toBe(1);
  });

  it('lists the indexes mongoose created', async () => {
    const indexes = await Prefs.listIndexes();
    expect(indexes.map((index) => index['name'])).toEqual(['_id_', 'userId_1']);
    expect(indexes[1]).toMatchObject({ key: { userId: 1 }, unique: true });
  });

  it('counts, sorts, skips and limits', async () => {
    await Prefs.insertMany(
      ['c', 'a', 'e', 'b', 'd'].map((userId, i) => ({
        userId,
        visits: i,
        units: i % 2 ? 'imperial' : 'metric',
      })),
    );
    expect(await Prefs.countDocuments({ units: 'metric' })).toBe(3);
    expect(await Prefs.estimatedDocumentCount()).toBe(5);
    const page = await Prefs.find().sort({ userId: -1 }).skip(1).limit(2).lean();
    expect(page.map((p) => p.userId)).toEqual(['d', 'c']);
    expect((await Prefs.distinct('units')).sort()).toEqual(['imperial', 'metric']);
  });

  it('reads more than one batch through getMore', async () => {
    await Prefs.insertMany(Array.from({ length: 250 }, (_, i) => ({ userId: `bulk-${i}`, visits: i })));
    const all = await Prefs.find({}, { visits: 1 }).sort({ visits: 1 }).batchSize(40).lean();
    expect(all).toHaveLength(250);
    expect(all[249]?.visits).toBe(249);
  });

  it('aggregates with $match and $group', async () => {
    await Prefs.insertMany([
      { userId: 'g1', units: 'metric', visits: 3 },
      { userId: 'g2', units: 'metric', visits: 4 },
      { userId: 'g3', units: 'imperial', visits: 10 },
    ]);
    const groups = await Prefs.aggregate<{ _id: string; total: number; n: number }>([
      { $match: { visits: { $gte: 3 } } },
      { $group: { _id: '$units', total: { $sum: '$visits' }, n: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    expect(groups).toEqual([
      { _id: 'imperial', total: 10, n: 1 },
      { _id: 'metric', total: 7, n: 2 },
    ]);
  });

  it('refuses a transaction instead of pretending to commit it', async () => {
    const session = await connection.startSession();
    try {
      const attempt = session.withTransaction(async () => {
        await Prefs.create([{ userId: 'in-txn' }], { session });
      });
      await expect(attempt).rejects.toMatchObject({ code: 263, message: /does not support transactions/ });
    } finally {
      await session.endSession();
    }
    expect(await Prefs.exists({ userId: 'in-txn' })).toBeNull();
  });

  it('refuses unsupported operators with a MongoDB-style error', async () => {
    await Prefs.create({ userId: 'ops', tags: ['a'] });
    await expect(Prefs.find({ $where: 'this.visits > 1' }).lean()).rejects.toMatchObject({ code: 238 });
    await expect(
      Prefs.collection.updateOne(
        { userId: 'ops' },
        { $set: { 'tags.$[t]': 'b' } },
        { arrayFilters: [{ t: 'a' }] },
      ),
    ).rejects.toMatchObject({ code: 238, message: /arrayFilters/ });
    await expect(
      Prefs.collection.updateOne({ userId: 'ops', tags: 'a' }, { $set: { 'tags.$': 'b' } }),
    ).rejects.toMatchObject({ code: 238, message: /positional/ });
    await expect(
      Prefs.collection.updateOne({ userId: 'ops' }, [{ $set: { theme: 'dark' } }]),
    ).rejects.toMatchObject({ code: 238, message: /pipeline/ });
    await expect(Prefs.collection.find({ $text: { $search: 'x' } }).toArray()).rejects.toMatchObject({
      code: 238,
    });
    await expect(Prefs.collection.find({ tags: { $near: [1, 2] } }).toArray()).rejects.toMatchObject({
      code: 238,
    });
    await expect(Prefs.collection.find({ _id: { $type: 'objectId' } }).toArray()).rejects.toMatchObject({
      code: 238,
    });
    expect(await Prefs.collection.countDocuments({ userId: { $type: 'string' } })).toBe(1);
    await expect(
      Prefs.collection.updateOne({ userId: 'ops' }, { $frobnicate: { x: 1 } }),
    ).rejects.toMatchObject({ code: 9 });
    await expect(connection.db!.command({ frobnicate: 1 })).rejects.toMatchObject({
      code: 59,
      codeName: 'CommandNotFound',
    });
    expect(await Prefs.findOne({ userId: 'ops' }).lean()).toMatchObject({ tags: ['a'] });
  });

  it('rejects what MongoDB rejects instead of silently skipping it', async () => {
    await Prefs.collection.insertOne({ userId: 'strict', theme: 'dark', tags: [] });
    await expect(
      Prefs.collection.updateOne({ userId: 'strict' }, { $inc: { theme: 1 } }),
    ).rejects.toMatchObject({ code: 14 });
    await expect(
      // A typed collection would refuse to compile this; a server must refuse to run it.
      connection
        .db!.collection('preferences')
        .updateOne({ userId: 'strict' }, { $push: { theme: 'x' } as never }),
    ).rejects.toMatchObject({ code: 2 });
    await expect(
      Prefs.collection.updateOne({ userId: 'strict' }, { $set: { 'theme.x': 1 } }),
    ).rejects.toMatchObject({ code: 28 });
    await expect(
      Prefs.collection.updateOne({ userId: 'strict' }, { $set: { theme: 'a' }, $unset: { theme: '' } }),
    ).rejects.toMatchObject({ code: 40 });
    await expect(
      Prefs.collection.updateOne({ userId: 'strict' }, { $set: { _id: new mongoose.Types.ObjectId() } }),
    ).rejects.toMatchObject({ code: 66 });
  });

  it('keeps UUIDs as binary subtype 4 and queries by them', async () => {
    const Gear = connection.model(
      'Gear',
      new Schema({ gearId: { type: Schema.Types.UUID, required: true }, name: String }),
    );
    const gearId = new mongoose.mongo.BSON.UUID();
    await Gear.create({ gearId, name: 'tent' });
    const found = await Gear.findOne({ gearId }).lean();
    expect(found?.name).toBe('tent');
    const raw = await connection.db!.collection('gears').findOne({}, { promoteBuffers: false });
    expect(raw?.['gearId']).toBeInstanceOf(mongoose.mongo.Binary);
    expect((raw?.['gearId'] as InstanceType<typeof mongoose.mongo.Binary>).sub_type).toBe(4);
  });

  it('applies array operators through mongoose', async () => {
    await Prefs.create({ userId: 'arr', tags: ['a'] });
    await Prefs.updateOne({ userId: 'arr' }, { $addToSet: { tags: { $each: ['a', 'b', 'c'] } } });
    await Prefs.updateOne({ userId: 'arr' }, { $pull: { tags: 'b' } });
    await Prefs.updateOne({ userId: 'arr' }, { $push: { tags: { $each: ['z'], $position: 0 } } });
    expect((await Prefs.findOne({ userId: 'arr' }).lean())?.tags).toEqual(['z', 'a', 'c']);
  });

  it('manages collections and indexes: syncIndexes, listCollections, drop', async () => {
    const Trips = connection.model('Trip', new Schema({ slug: { type: String, index: true }, days: Number }));
    await Trips.init();
    await Trips.create({ slug: 'ridge', days: 2 });
    const names = (await connection.listCollections()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['preferences', 'trips']));

    Trips.schema.index({ days: 1 });
    const dropped = await Trips.syncIndexes();
    expect(dropped).toEqual([]);
    expect((await Trips.listIndexes()).map((i) => i['name'])).toEqual(['_id_', 'slug_1', 'days_1']);
    await Trips.collection.dropIndex('slug_1');
    expect((await Trips.listIndexes()).map((i) => i['name'])).toEqual(['_id_', 'days_1']);

    await Trips.collection.drop();
    expect((await connection.listCollections()).map((c) => c.name)).not.toContain('trips');
  });

  it("serves the preferences subgraph's pattern: timestamps, strict, upsert with defaults, projection", async () => {
    const Settings = connection.model(
      'Settings',
      new Schema(
        {
          userId: { type: String, required: true, unique: true },
          weightUnit: { type: String, enum: ['G', 'KG'], default: 'G' },
          theme: { type: String, enum: ['LIGHT', 'DARK', 'SYSTEM'], default: 'SYSTEM' },
        },
        {
          collection: 'settings',
          timestamps: { createdAt: false, updatedAt: true },
          versionKey: false,
          strict: 'throw',
        },
      ),
    );
    await Settings.init();
    const options = {
      upsert: true,
      returnDocument: 'after' as const,
      runValidators: true,
      setDefaultsOnInsert: true,
      projection: { weightUnit: 1, theme: 1, _id: 0 },
    };
    const [first, second] = await Promise.all([
      Settings.findOneAndUpdate({ userId: 'p1' }, { $set: { theme: 'DARK' } }, options).lean(),
      Settings.findOneAndUpdate({ userId: 'p1' }, { $set: { weightUnit: 'KG' } }, options).lean(),
    ]);
    expect(first).toMatchObject({ theme: 'DARK' });
    // mongoose 9 drops `_id: 0` from a findOneAndUpdate projection (the command carries
    // `fields: { weightUnit: 1, theme: 1 }`), so _id comes back here as it would from MongoDB.
    expect(first).not.toHaveProperty('userId');
    expect(second).toMatchObject({ weightUnit: 'KG', theme: 'DARK' });
    expect(Object.keys(second ?? {}).sort()).toEqual(['_id', 'theme', 'weightUnit']);
    const stored = await Settings.find({ userId: 'p1' }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ weightUnit: 'KG', theme: 'DARK' });
    expect(stored[0]?.['updatedAt']).toBeInstanceOf(Date);
  });
});
