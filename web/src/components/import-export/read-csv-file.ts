/**
 * The largest file the page sends. The router refuses request bodies over 1 MiB (BODY_LIMIT_BYTES'
 * default) and JSON can double a CSV (every quote and line break escaped), so half of that.
 */
export const MAX_CSV_BYTES = 500_000;

/** A chosen file that can be sent: its name and text. The API reads and judges every cell. */
export interface CsvFile {
  name: string;
  csv: string;
}

/** Why a chosen file cannot be imported, in words for the user. */
export interface CsvFileProblem {
  problem: string;
}

/** A file size as people read it in a file dialog: `500 KB` (rounded up, decimal kilobytes). */
export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1_000).toLocaleString('en-US')} KB`;
}

function looksLikeCsv(file: File): boolean {
  return file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
}

/**
 * Reads a file the user picked, refusing before anything is sent what the import can only fail
 * on: another kind of file, an empty file, one too large to send. Cells are the API's to judge.
 */
export async function readCsvFile(file: File, maxBytes = MAX_CSV_BYTES): Promise<CsvFile | CsvFileProblem> {
  const notCsv = {
    problem: `"${file.name}" is not a CSV file. Export your list from LighterPack as CSV and choose that file.`,
  };
  if (!looksLikeCsv(file)) return notCsv;
  if (file.size > maxBytes) {
    return {
      problem: `"${file.name}" is ${kilobytes(file.size)}; the largest file that can be imported is ${kilobytes(maxBytes)}.`,
    };
  }
  // Blob.text() decodes UTF-8 and drops a byte-order mark, as the API would.
  const csv = await file.text();
  // A NUL byte never occurs in text: a spreadsheet or archive renamed to .csv.
  if (csv.includes('\u0000')) return notCsv;
  if (csv.trim() === '') return { problem: `"${file.name}" is empty.` };
  return { name: file.name, csv };
}
