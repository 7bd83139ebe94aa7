/**
 * The sample gear a new guest starts with: a small three-season overnight kit with typical
 * weights of current lightweight gear (one unit, in grams) and typical prices in US cents. Packing
 * seeds it into every new guest's library; the web's signed-out home page shows the same pack.
 */
export interface SampleItem {
  key: string;
  name: string;
  category: SampleCategoryKey;
  grams: number;
  priceCents?: number;
  description?: string;
}

export type SampleCategoryKey = 'shelter' | 'sleep' | 'kitchen' | 'clothing' | 'essentials';

export const SAMPLE_CATEGORIES: ReadonlyArray<{ key: SampleCategoryKey; name: string; colorIndex: number }> =
  [
    { key: 'shelter', name: 'Shelter', colorIndex: 0 },
    { key: 'sleep', name: 'Sleep system', colorIndex: 1 },
    { key: 'kitchen', name: 'Kitchen & water', colorIndex: 2 },
    { key: 'clothing', name: 'Clothing', colorIndex: 3 },
    { key: 'essentials', name: 'Essentials', colorIndex: 4 },
  ];

export const SAMPLE_ITEMS: readonly SampleItem[] = [
  { key: 'tent', name: 'Trekking-pole tent, 1 person', category: 'shelter', grams: 820, priceCents: 29_900 },
  { key: 'stake', name: 'Titanium shepherd’s hook stake', category: 'shelter', grams: 8, priceCents: 250 },
  {
    key: 'quilt',
    name: 'Down quilt, 0 °C comfort',
    category: 'sleep',
    grams: 620,
    priceCents: 32_000,
    description: '850 fill power, regular length',
  },
  { key: 'pad', name: 'Inflatable sleeping pad, R 4.5', category: 'sleep', grams: 370, priceCents: 21_000 },
  { key: 'pillow', name: 'Inflatable pillow', category: 'sleep', grams: 57, priceCents: 4_500 },
  { key: 'stove', name: 'Canister stove', category: 'kitchen', grams: 73, priceCents: 5_000 },
  { key: 'pot', name: 'Titanium pot, 750 ml', category: 'kitchen', grams: 103, priceCents: 4_000 },
  { key: 'gas', name: 'Gas canister, 100 g (full)', category: 'kitchen', grams: 195, priceCents: 700 },
  { key: 'spoon', name: 'Long-handled titanium spoon', category: 'kitchen', grams: 18, priceCents: 1_200 },
  { key: 'filter', name: 'Squeeze water filter', category: 'kitchen', grams: 85, priceCents: 4_000 },
  { key: 'bottle', name: 'Soft bottle, 1 l', category: 'kitchen', grams: 36, priceCents: 1_500 },
  { key: 'rain', name: 'Rain jacket', category: 'clothing', grams: 200, priceCents: 18_000 },
  { key: 'puffy', name: 'Down jacket', category: 'clothing', grams: 250, priceCents: 23_000 },
  { key: 'baselayer', name: 'Merino base layer top', category: 'clothing', grams: 170, priceCents: 8_500 },
  { key: 'headlamp', name: 'Headlamp, 400 lm', category: 'essentials', grams: 56, priceCents: 4_500 },
  { key: 'firstaid', name: 'First-aid kit', category: 'essentials', grams: 120, priceCents: 2_500 },
];

export interface SampleEntry {
  item: string;
  quantity: number;
  wornQuantity?: number;
  consumable?: boolean;
  note?: string;
}

/** Two lists the pack combines. */
export const SAMPLE_LISTS: ReadonlyArray<{ name: string; description: string; entries: SampleEntry[] }> = [
  {
    name: 'Shelter & sleep',
    description: 'Sample list: a three-season sleep system',
    entries: [
      { item: 'tent', quantity: 1 },
      { item: 'stake', quantity: 6 },
      { item: 'quilt', quantity: 1 },
      { item: 'pad', quantity: 1 },
      { item: 'pillow', quantity: 1 },
    ],
  },
  {
    name: 'Kitchen & water',
    description: 'Sample list: hot dinners and clean water',
    entries: [
      { item: 'stove', quantity: 1 },
      { item: 'pot', quantity: 1 },
      { item: 'gas', quantity: 1, consumable: true },
      { item: 'spoon', quantity: 1 },
      { item: 'filter', quantity: 1 },
      { item: 'bottle', quantity: 2 },
    ],
  },
];

export const SAMPLE_PACK = {
  name: 'Weekend overnighter',
  description: 'Sample pack: both lists plus clothing and essentials',
  /** Entries of the pack itself, beside its lists. */
  entries: [
    { item: 'rain', quantity: 1 },
    { item: 'puffy', quantity: 1 },
    { item: 'baselayer', quantity: 1, wornQuantity: 1 },
    { item: 'headlamp', quantity: 1 },
    { item: 'firstaid', quantity: 1 },
  ] satisfies SampleEntry[],
};

export const SAMPLE_TRIP = {
  name: 'Sample trip: one night on the ridge',
  destination: 'A trail near you',
  notes: 'Tick items off as you pack them.',
};
