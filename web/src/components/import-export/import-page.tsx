'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { toFormErrors } from '@/lib/graphql/api-error';
import type { ImportCellError } from './import-preview';
import { LighterPackImportQuery, StartLighterPackImportMutation } from './import-export.documents';
import { LighterPackImportForm, type LighterPackImportRequest } from './lighterpack-import-form';

function cellErrors(extensions: Record<string, unknown> | undefined): ImportCellError[] {
  const list = extensions?.['errors'];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (entry): entry is ImportCellError =>
      typeof entry === 'object' &&
      entry !== null &&
      'row' in entry &&
      'column' in entry &&
      'message' in entry,
  );
}

/** LighterPack CSV import: row-by-row preview, the API's errors by row and column, the job's progress. */
export function ImportPage() {
  const [errors, setErrors] = useState<ImportCellError[]>([]);
  const [formError, setFormError] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const [{ fetching }, start] = useMutation(StartLighterPackImportMutation);
  const [{ data: job }, poll] = useQuery({
    query: LighterPackImportQuery,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const status = job?.lighterPackImport;
  useEffect(() => {
    if (status?.status !== 'RUNNING') return;
    const timer = setTimeout(() => poll({ requestPolicy: 'network-only' }), 1_000);
    return () => clearTimeout(timer);
  }, [status, poll]);

  const forgetLastAttempt = () => {
    setErrors([]);
    setJobId(undefined);
  };
  const importFile = async ({ csv, listName }: LighterPackImportRequest) => {
    setFormError(undefined);
    const result = await start({ csv, listName });
    if (result.data) {
      setErrors([]);
      setJobId(result.data.startLighterPackImport.id);
    } else if (result.error) {
      const rows = result.error.graphQLErrors.flatMap((error) => cellErrors(error.extensions));
      setErrors(rows);
      setFormError(
        rows.length ? 'Some rows need fixing: see the marked cells below.' : toFormErrors(result.error).form,
      );
    }
  };

  return (
    <div className="stack">
      <h1>Import from LighterPack</h1>
      <LighterPackImportForm
        errors={errors}
        formError={formError}
        busy={fetching}
        // Picking another file clears the job (forgetLastAttempt); a failed job may be retried.
        imported={jobId !== undefined && status?.status !== 'FAILED'}
        onFileChange={forgetLastAttempt}
        onImport={(request) => void importFile(request)}
        progress={
          status ? (
            <section className="card stack" aria-live="polite">
              <progress
                max={status.totalRows || 1}
                value={status.processedRows}
                aria-label="Import progress"
              />
              <p>
                {status.status === 'RUNNING'
                  ? `Importing… ${status.processedRows} of ${status.totalRows} rows`
                  : status.status === 'SUCCEEDED'
                    ? `Imported ${status.totalRows} rows.`
                    : 'The import failed; nothing was saved.'}
              </p>
              {status.list ? <Link href={`/lists/${status.list.id}`}>Open {status.list.name}</Link> : null}
            </section>
          ) : null
        }
      />
    </div>
  );
}
