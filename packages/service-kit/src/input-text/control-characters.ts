/**
 * Characters no text input may hold (docs/decisions/1101-control-characters-in-input.md):
 * C0 controls except TAB, LF and CR; DEL; C1 controls; and UTF-16 surrogates that are not half of
 * a pair (JSON.parse lets `"\ud800"` through, PostgreSQL cannot store it). LF and CR are line
 * breaks: allowed only where the field is multi-line.
 */
export interface ControlCharacter {
  /** UTF-16 index of the character in the string. */
  index: number;
  /** `U+0000` style. */
  codePoint: string;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isControl(code: number, lineBreaks: boolean): boolean {
  if (code === TAB) return false;
  if (code === LF || code === CR) return !lineBreaks;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function describe(index: number, code: number): ControlCharacter {
  return { index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The first character `text` must not hold, or undefined when it is clean. */
export function firstControlCharacter(
  text: string,
  options: { lineBreaks: boolean } = { lineBreaks: false },
): ControlCharacter | undefined {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isHighSurrogate(code)) {
      if (isLowSurrogate(text.charCodeAt(index + 1))) {
        index += 1;
        continue;
      }
      return describe(index, code);
    }
    if (isLowSurrogate(code) || isControl(code, options.lineBreaks)) return describe(index, code);
  }
  return undefined;
}
