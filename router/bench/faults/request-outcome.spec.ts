import { describe, expect, it } from 'vitest';
import { readAnswer } from './request-outcome.js';

describe('readAnswer', () => {
  it('is a success with data and no errors', () => {
    expect(readAnswer(200, '{"data":{"me":{"id":"1"}}}')).toEqual({
      ok: true,
      codes: [],
      data: { me: { id: '1' } },
    });
  });

  it('keeps every error’s code, also beside partial data', () => {
    const body = JSON.stringify({
      data: { me: { id: '1', items: null } },
      errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }, { message: 'y' }],
    });
    expect(readAnswer(503, body)).toMatchObject({ ok: false, codes: ['SERVICE_UNAVAILABLE', 'NO_CODE'] });
  });

  it('names a status outside 2xx without a GraphQL body', () => {
    expect(readAnswer(502, 'Bad Gateway').codes).toEqual(['HTTP_502']);
    expect(readAnswer(500, '{}').codes).toEqual(['HTTP_500']);
  });
});
