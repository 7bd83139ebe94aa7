import Link from 'next/link';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { ImportProblemFragment, problemPlace } from './import-preview';

/** What the progress of an import job shows; the start mutation and the polling query both spread it. */
export const ImportProgressFragment = graphql(`
  fragment ImportProgress on LighterPackImport {
    id
    status
    processedRows
    totalRows
    errors {
      ...ImportProblem
    }
    list {
      id
      name
    }
  }
`);

export interface ImportProgressProps {
  job: FragmentType<typeof ImportProgressFragment>;
}

/** A running, finished or failed import: rows done, its problems, and a link to the new list. */
export function ImportProgress(props: ImportProgressProps) {
  const job = readFragment(ImportProgressFragment, props.job);
  return (
    <section className="card stack" aria-live="polite">
      <progress max={job.totalRows || 1} value={job.processedRows} aria-label="Import progress" />
      <p>
        {job.status === 'RUNNING'
          ? `Importing… ${job.processedRows} of ${job.totalRows} rows`
          : job.status === 'SUCCEEDED'
            ? `Imported ${job.totalRows} rows.`
            : 'The import failed; nothing was saved.'}
      </p>
      {readFragment(ImportProblemFragment, job.errors).map((error, index) => (
        <p key={index} className="field-error">
          {problemPlace(error)}: {error.message}
        </p>
      ))}
      {job.list ? <Link href={`/lists/${job.list.id}`}>Open {job.list.name}</Link> : null}
    </section>
  );
}
