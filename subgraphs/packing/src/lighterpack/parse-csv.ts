/** One parsed CSV record and the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const isLineEnd = (char: string | undefined) => char === '\n' || char === '\r';
const endsField = (char: string | undefined) => char === undefined || char === ',' || isLineEnd(char);

/**
 * CSV as LighterPack and spreadsheets write it: comma-separated, LF, CRLF or CR line ends. A field
 * in double quotes (inner quotes doubled, line breaks allowed) is read as quoted only when its
 * closing quote ends the field; otherwise the field is read raw up to the next comma or line end.
 * LighterPack quotes a field only when it holds a comma, so `MSR "Groundhog"` and `"Big" tent`
 * come unquoted and must read literally (fixtures/README.md). Blank lines are dropped. Never
 * throws: every input is some table.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let start = 1;
  let index = 0;
  while (index < text.length) {
    let field = '';
    const quoted = text[index] === '"' ? readQuoted(text, index) : null;
    if (quoted) {
      field = quoted.value;
      line += quoted.lineBreaks;
      index = quoted.end;
    } else {
      while (index < text.length && !endsField(text[index])) field += text[index++];
    }
    cells.push(field);
    if (text[index] === ',') {
      index += 1;
      continue;
    }
    if (isLineEnd(text[index])) index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    line += 1;
    start = line;
  }
  // The text ended right after a comma: the record's last field is empty, and the record is kept
  // (`Tent,Shelter,,,,` as the last line without a newline).
  if (cells.length > 0) records.push({ line: start, cells: [...cells, ''] });
  return records;
}

/** A quoted field starting at `open`, if its closing quote ends the field; else null (read raw). */
function readQuoted(text: string, open: number): { value: string; end: number; lineBreaks: number } | null {
  let value = '';
  let lineBreaks = 0;
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"' && text[index + 1] === '"') {
      value += '"';
      index += 1;
    } else if (char === '"') {
      return endsField(text[index + 1]) ? { value, end: index + 1, lineBreaks } : null;
    } else {
      if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) lineBreaks += 1;
      value += char;
    }
  }
  return null;
}
