export { prismaPgAdapter, type PrismaPgAdapterOptions } from './prisma-pg-adapter.js';
