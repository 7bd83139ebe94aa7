'use client';

import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '@/components/feedback/query-state';
import { readFragment } from '@/gql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { weightDisplayOf } from '@/lib/weight/weight-display';
import { ImportPreview, ImportProblemFragment } from './import-preview';
import { ImportProgress, ImportProgressFragment } from './import-progress';
import {
  LighterPackImportQuery,
  PreviewLighterPackImportQuery,
  StartLighterPackImportMutation,
} from './import-export.documents';
import { LighterPackImportForm, type LighterPackImportRequest } from './lighterpack-import-form';

/**
 * LighterPack CSV import: pick a file, see the API's preview (rows by category, totals, reused
 * items, every problem by line and column), then import the good rows as a job and watch it.
 */
export function ImportPage() {
  const [csv, setCsv] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const [previewResult, retryPreview] = useQuery({
    query: PreviewLighterPackImportQuery,
    variables: { csv: csv ?? '' },
    pause: csv === undefined,
    requestPolicy: 'network-only',
  });
  const [{ fetching: starting }, start] = useMutation(StartLighterPackImportMutation);
  const [{ data: job }, poll] = useQuery({
    query: LighterPackImportQuery,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const progress = job?.lighterPackImport;
  const status = readFragment(ImportProgressFragment, progress)?.status;
  // Runs again on every answer (a new object), so a running job is polled until it ends.
  useEffect(() => {
    if (status !== 'RUNNING') return;
    const timer = setTimeout(() => poll({ requestPolicy: 'network-only' }), 1_000);
    return () => clearTimeout(timer);
  }, [progress, status, poll]);

  const preview = csv === undefined ? undefined : previewResult.data;
  const importFile = async (request: LighterPackImportRequest) => {
    setFormError(undefined);
    const result = await start(request);
    if (result.data) setJobId(result.data.startLighterPackImport.id);
    else if (result.error) setFormError(toFormErrors(result.error).form);
  };

  return (
    <div className="stack">
      <h1>Import from LighterPack</h1>
      <LighterPackImportForm
        goodRowCount={preview?.previewLighterPackImport.goodRowCount ?? 0}
        formError={formError}
        busy={starting || previewResult.fetching}
        // Picking another file clears the job; a failed job may be retried.
        imported={jobId !== undefined && status !== 'FAILED'}
        onFileChange={(file) => {
          setFormError(undefined);
          setJobId(undefined);
          setCsv(file?.csv);
        }}
        onImport={(request) => void importFile(request)}
        preview={
          <QueryState
            data={preview?.me ? { me: preview.me, result: preview.previewLighterPackImport } : undefined}
            error={previewResult.error}
            retry={() => retryPreview({ requestPolicy: 'network-only' })}
            loadingLabel="Reading the file…"
          >
            {({ me, result }) => (
              <ImportPreview
                preview={{ ...result, problems: readFragment(ImportProblemFragment, result.problems) }}
                weight={weightDisplayOf(me.preferences)}
              />
            )}
          </QueryState>
        }
        progress={progress ? <ImportProgress job={progress} /> : null}
      />
    </div>
  );
}
