'use client';

import Link from 'next/link';
import { useMutation } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { toFormErrors } from '@/lib/graphql/api-error';
import { AddSampleGearMutation } from './gear.documents';

/**
 * An empty library's ways forward: bring a LighterPack list, or start from the sample gear (the
 * guests' kit, added by the API; the library refreshes through the cache's invalidation).
 */
export function EmptyLibraryActions() {
  const [result, addSampleGear] = useMutation(AddSampleGearMutation);
  const error = result.error ? toFormErrors(result.error).form : undefined;
  return (
    <>
      <Link href="/import" className="button primary">
        Import from LighterPack
      </Link>
      <button
        type="button"
        className="button"
        disabled={result.fetching}
        onClick={() => void addSampleGear({})}
      >
        {result.fetching ? 'Adding the sample gear…' : 'Add the sample gear'}
      </button>
      <FormAlert message={error} />
    </>
  );
}
