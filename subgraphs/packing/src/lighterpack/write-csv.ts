/**
 * Text that a spreadsheet would run as a formula (CSV injection): = + - @, or a tab or carriage
 * return in front of one. Written with a leading `'`, which spreadsheets show as text and our
 * import reads back off (docs/decisions/0809).
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One field the way LighterPack writes it: raw, and quoted (inner quotes doubled) only when it
 * holds a comma. Also quoted, where raw would break the file: a line break, or a quote at the very
 * start (raw `"x"` would read back as `x`).
 */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[,\r\n]|^"/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as LighterPack's file: fields joined by commas, every line ended by `\n`. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\n`).join('');
}
