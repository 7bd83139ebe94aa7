export { prismaPgAdapter, type PrismaPgAdapterOptions } from './prisma-pg-adapter.js';
export { retryReadsOnce, isPlainRead, type RetryReadsOptions } from './retry-reads.js';
