import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { S3Settings } from '../config/backup-settings.js';
import type { ObjectStore, StoredObject } from './object-store.js';

export function createS3ObjectStore(settings: S3Settings): ObjectStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only where S3 demands them (decision 1422): the SDK's default since 3.729 streams
    // uploads as aws-chunked with trailing CRC32, which older S3-compatible servers store verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;

  return {
    location: `s3://${Bucket}`,

    async ensureBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
        return 'existed';
      } catch (error) {
        if (!(error instanceof S3ServiceException) || error.$metadata.httpStatusCode !== 404) throw error;
      }
      await client.send(new CreateBucketCommand({ Bucket }));
      return 'created';
    },

    async upload(key, body, contentType) {
      await new Upload({ client, params: { Bucket, Key: key, Body: body, ContentType: contentType } }).done();
    },

    async download(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      if (!(answer.Body instanceof Readable)) throw new Error(`s3://${Bucket}/${key} has no readable body`);
      return answer.Body;
    },

    async list(prefix) {
      const objects: StoredObject[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key) objects.push({ key: object.Key, size: object.Size ?? 0 });
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    async remove(keys) {
      // One request per key: a backup is a handful of objects, and DeleteObjects' mandatory
      // Content-MD5/checksum header is where S3-compatible servers differ most.
      for (const Key of keys) await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },
  };
}
