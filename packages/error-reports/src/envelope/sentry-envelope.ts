/** One item of an envelope: its header line and its payload (parsed when it is JSON). */
export interface EnvelopeItem {
  header: { type?: string; [key: string]: unknown };
  payload: unknown;
}

/** A Sentry envelope: a header line, then per item a header line and a payload line. */
export interface SentryEnvelope {
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

export class EnvelopeFormatError extends Error {
  override name = 'EnvelopeFormatError';
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return line;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads Sentry's envelope wire format as the JavaScript SDKs write it (JSON items, one line each).
 * Throws EnvelopeFormatError when the header is not a JSON object.
 */
export function parseEnvelope(raw: string): SentryEnvelope {
  const [headerLine = '', ...rest] = raw.replace(/\n$/, '').split('\n');
  const header = parseLine(headerLine);
  if (!isObject(header)) throw new EnvelopeFormatError('The envelope header is not a JSON object.');
  const items: EnvelopeItem[] = [];
  for (let index = 0; index < rest.length; index += 2) {
    const itemHeader = parseLine(rest[index] ?? '');
    if (!isObject(itemHeader)) break;
    items.push({ header: itemHeader as EnvelopeItem['header'], payload: parseLine(rest[index + 1] ?? '') });
  }
  return { header, items };
}

/** Writes an envelope back in the wire format (JSON payloads; a string payload as it is). */
export function serializeEnvelope(envelope: SentryEnvelope): string {
  const lines = [JSON.stringify(envelope.header)];
  for (const item of envelope.items) {
    const payload = typeof item.payload === 'string' ? item.payload : JSON.stringify(item.payload);
    // The length header counted the payload as the browser wrote it; it is re-written here.
    const { length: _length, ...header } = item.header;
    lines.push(JSON.stringify(header), payload);
  }
  return `${lines.join('\n')}\n`;
}
