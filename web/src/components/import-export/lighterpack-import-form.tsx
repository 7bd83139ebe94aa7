'use client';

import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { kilobytes, MAX_CSV_BYTES, readCsvFile, type CsvFile } from './read-csv-file';

/** What the user confirmed: the file's text as previewed, the new list's name. */
export interface LighterPackImportRequest {
  csv: string;
  listName: string;
}

export interface LighterPackImportFormProps {
  /** How many rows the preview found good: the button says "Import N good rows". */
  goodRowCount?: number;
  /** The preview of the chosen file (the container asks the API), shown under the form. */
  preview?: ReactNode;
  /** A message about the whole attempt (network, session, a refused import). */
  formError?: string;
  /** True while the preview is asked for or the import started: the buttons wait. */
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
  /** Another file was read (or the pick cleared, or cancelled: undefined); preview it. */
  onFileChange: (file: CsvFile | undefined) => void;
  /** The user confirmed the previewed file's good rows. */
  onImport: (request: LighterPackImportRequest) => void;
}

/** The file name without `.csv`, underscores as spaces: LighterPack names its files after the list. */
function listNameOf(fileName: string): string {
  return (
    fileName
      .replace(/\.csv$/i, '')
      .replace(/_/g, ' ')
      .trim()
      .slice(0, 200) || 'Imported'
  );
}

/**
 * Pick a LighterPack CSV, see the preview, then "Import N good rows" or "Cancel". Files that cannot
 * be imported (not CSV, empty, too large) are refused here with a message and never sent.
 * Presentational.
 */
export function LighterPackImportForm({
  goodRowCount = 0,
  preview,
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
  const [listName, setListName] = useState('Imported');
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  // Reading is asynchronous: only the latest pick may set the state.
  const latestPick = useRef(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(undefined);
    setProblem(undefined);
    onFileChange(undefined);
    const pick = ++latestPick.current;
    if (!picked) return;
    const read = await readCsvFile(picked, maxBytes);
    if (pick !== latestPick.current) return;
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setFile(read);
    setListName(listNameOf(read.name));
    onFileChange(read);
  };
  const cancel = () => {
    latestPick.current += 1;
    if (input.current) input.current.value = '';
    setFile(undefined);
    setProblem(undefined);
    onFileChange(undefined);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) onImport({ csv: file.csv, listName });
  };

  return (
    <>
      <form className="card stack" onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <label className="field">
          <span>CSV file</span>
          <input
            ref={input}
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
            LighterPack&apos;s CSV export, up to {kilobytes(maxBytes)}. You see a preview before anything is
            saved.
          </p>
        )}
        <TextField
          label="New list name"
          name="listName"
          required
          value={listName}
          onChange={(event) => setListName(event.currentTarget.value)}
          maxLength={200}
        />
        {file ? (
          <div className="row">
            <button
              type="submit"
              className="button primary"
              disabled={busy || imported || goodRowCount === 0 || listName.trim() === ''}
            >
              Import {goodRowCount} good {goodRowCount === 1 ? 'row' : 'rows'}
            </button>
            <button type="button" className="button" onClick={cancel} disabled={busy}>
              Cancel
            </button>
          </div>
        ) : null}
      </form>
      {progress}
      {file ? preview : null}
    </>
  );
}
