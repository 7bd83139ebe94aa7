import type { ReactNode } from 'react';
import type { SamplePackView } from '@packyourbag/sample-gear';
import type { WeightDisplay } from '@/lib/weight/weight-display';
import styles from './home-page.module.css';
import { SamplePackPreview } from './sample-pack-preview';

export interface HomePageProps {
  /** The pack to show: the sample gear a guest starts with (decision 1011). */
  pack: SamplePackView;
  weight: WeightDisplay;
  /** The buttons that let a visitor in (the page passes the session-aware ones). */
  waysIn: ReactNode;
}

/**
 * The home page: what PackYourBag gives a hiker, shown with the very pack a guest starts with, and
 * the ways in. Presentational.
 */
export function HomePage({ pack, weight, waysIn }: HomePageProps) {
  return (
    <div className={styles.home}>
      <section className={styles.intro} aria-labelledby="home-title">
        <h1 id="home-title">Pack lighter, forget nothing.</h1>
        <p className={styles.lead}>
          Keep your backpacking gear in one library, build lists and packs from it, and see every pack grouped
          by category with its base weight, in the unit you think in. Bring your LighterPack lists along.
        </p>
        {waysIn}
      </section>
      <SamplePackPreview pack={pack} weight={weight} />
    </div>
  );
}
