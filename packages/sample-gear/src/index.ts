export {
  SAMPLE_CATEGORIES,
  SAMPLE_ITEMS,
  SAMPLE_LISTS,
  SAMPLE_PACK,
  SAMPLE_TRIP,
  type SampleCategoryKey,
  type SampleEntry,
  type SampleItem,
} from './sample-gear.js';
export {
  samplePack,
  type SamplePackCategory,
  type SamplePackLine,
  type SamplePackView,
} from './sample-pack.js';
