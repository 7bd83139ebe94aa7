import { samplePack } from '@packyourbag/sample-gear';
import { HomePage } from '@/components/home/home-page';
import { WaysIn } from '@/components/home/ways-in';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';

// The sample pack is the data guests are seeded with, from the shared package (decision 1011):
// no API call, so the home page renders the same with the API down.
export default function Home() {
  return <HomePage pack={samplePack()} weight={DEFAULT_WEIGHT_DISPLAY} waysIn={<WaysIn />} />;
}
