import Link from 'next/link';

export default function HomePage() {
  return (
    <div className="stack narrow">
      <h1>Pack lighter, forget nothing.</h1>
      <p>
        PackYourBag keeps your backpacking gear and its weight in one place, shown in the unit you think in.
      </p>
      <p className="row">
        <Link href="/sign-up" className="button primary">
          Create an account
        </Link>
        <Link href="/gear" className="button">
          Go to your gear
        </Link>
      </p>
    </div>
  );
}
