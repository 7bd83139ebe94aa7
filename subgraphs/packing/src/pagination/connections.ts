import type { GearList, Item, Pack, Trip } from '../generated/prisma/client.js';
import type { Connection } from './cursor-page.js';

// The codegen mappers of the *Connection types (codegen.ts): mapper strings name a type, not a generic.
export type ItemConnectionSource = Connection<Item>;
export type ListConnectionSource = Connection<GearList>;
export type PackConnectionSource = Connection<Pack>;
export type TripConnectionSource = Connection<Trip>;
