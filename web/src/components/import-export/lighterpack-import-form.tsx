'use client';

import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { ImportPreview, type ImportCellError } from './import-preview';
import { kilobytes, MAX_CSV_BYTES, readCsvFile, type CsvFile } from './read-csv-file';

/** What the user confirmed: the file's text as sent, the rows the preview showed, the new list's name. */
export interface LighterPackImportRequest extends CsvFile {
  listName: string;
}

export interface LighterPackImportFormProps {
  /** Cells the API refused in the last attempt, by row and column; marked in the preview. */
  errors: readonly ImportCellError[];
  /** A message about the whole attempt (network, session, "some rows need fixing"). */
  formError?: string;
  /** True while the import is being started: the button waits. */
  busy: boolean;
  /**
   * The picked file was imported, or is being imported: a second click would make a second list,
   * so the button stays off until another file is picked. @defaultValue false
   */
  imported?: boolean;
  /** Shown between the form and the preview: the container's job progress. */
  progress?: ReactNode;
  /**
   * Largest file accepted, in bytes.
   * @defaultValue MAX_CSV_BYTES (500 KB)
   */
  maxBytes?: number;
  /** Another file was picked (or the pick cleared): the last attempt's errors and job no longer apply. */
  onFileChange: () => void;
  /** The user confirmed a file that passed the checks here. */
  onImport: (request: LighterPackImportRequest) => void;
}

/**
 * Pick a LighterPack CSV, see it row by row, confirm. Files that cannot be imported (not CSV,
 * empty, too large) are refused here with a message and never reach `onImport`. Presentational.
 */
export function LighterPackImportForm({
  errors,
  formError,
  busy,
  imported = false,
  progress,
  maxBytes = MAX_CSV_BYTES,
  onFileChange,
  onImport,
}: LighterPackImportFormProps) {
  const id = useId();
  const [file, setFile] = useState<CsvFile>();
  const [problem, setProblem] = useState<string>();
  // Reading is asynchronous: only the latest pick may set the state.
  const latestPick = useRef(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    onFileChange();
    setFile(undefined);
    setProblem(undefined);
    const pick = ++latestPick.current;
    if (!picked) return;
    const read = await readCsvFile(picked, maxBytes);
    if (pick !== latestPick.current) return;
    if ('problem' in read) setProblem(read.problem);
    else setFile(read);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const listName = String(new FormData(event.currentTarget).get('listName') ?? '');
    onImport({ ...file, listName });
  };

  return (
    <>
      <form className="card stack" onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <label className="field">
          <span>CSV file</span>
          <input
            type="file"
            accept=".csv,text/csv"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
            onChange={(event) => void choose(event)}
          />
        </label>
        {problem ? (
          <p id={`${id}-problem`} role="alert" className="field-error">
            {problem}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field-hint">
            LighterPack&apos;s CSV export, up to {kilobytes(maxBytes)}.
          </p>
        )}
        <TextField label="New list name" name="listName" required defaultValue="Imported" maxLength={200} />
        <button type="submit" className="button primary" disabled={!file || busy || imported}>
          Import
        </button>
      </form>
      {progress}
      <ImportPreview rows={file?.rows ?? []} errors={errors} />
    </>
  );
}
