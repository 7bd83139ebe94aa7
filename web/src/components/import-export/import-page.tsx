'use client';

import Link from 'next/link';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { toFormErrors } from '@/lib/graphql/api-error';
import { ImportPreview, type ImportCellError } from './import-preview';
import { LighterPackImportQuery, StartLighterPackImportMutation } from './import-export.documents';
import { parseCsv } from './parse-csv';

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
  const [csv, setCsv] = useState('');
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

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setErrors([]);
    setJobId(undefined);
    setCsv(file ? await file.text() : '');
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const listName = String(new FormData(event.currentTarget).get('listName') ?? '');
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
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={formError} />
        <label className="field">
          <span>CSV file</span>
          <input type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
        </label>
        <TextField label="New list name" name="listName" required defaultValue="Imported" maxLength={200} />
        <button type="submit" className="button primary" disabled={!csv || fetching}>
          Import
        </button>
      </form>
      {status ? (
        <section className="card stack" aria-live="polite">
          <progress max={status.totalRows || 1} value={status.processedRows} aria-label="Import progress" />
          <p>
            {status.status === 'RUNNING'
              ? `Importing… ${status.processedRows} of ${status.totalRows} rows`
              : status.status === 'SUCCEEDED'
                ? `Imported ${status.totalRows} rows.`
                : 'The import failed; nothing was saved.'}
          </p>
          {status.list ? <Link href={`/lists/${status.list.id}`}>Open {status.list.name}</Link> : null}
        </section>
      ) : null}
      <ImportPreview rows={parseCsv(csv)} errors={errors} />
    </div>
  );
}
