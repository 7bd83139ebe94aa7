import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { announceListening } from './announce-listening.js';

function capturingLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}

describe('announceListening', () => {
  it('writes the listening line with its url when the level hides info', () => {
    const { logger, lines } = capturingLogger('warn');
    logger.info('hidden');
    announceListening(logger, { url: 'http://127.0.0.1:4123' });
    expect(lines).toEqual([expect.objectContaining({ msg: 'listening', url: 'http://127.0.0.1:4123' })]);
  });

  it('writes it once at info, under the message given', () => {
    const { logger, lines } = capturingLogger('info');
    announceListening(logger, { url: 'http://127.0.0.1:4000/graphql' }, 'router listening');
    expect(lines).toEqual([expect.objectContaining({ msg: 'router listening', level: 30 })]);
  });

  it('keeps a silent logger silent', () => {
    const { logger, lines } = capturingLogger('silent');
    announceListening(logger, { url: 'http://127.0.0.1:4123' });
    expect(lines).toEqual([]);
  });
});
