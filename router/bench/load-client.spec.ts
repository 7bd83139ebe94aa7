import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './load-client.js';

describe('reading an answer as success or an error code', () => {
  it('a 2xx answer without errors is a success', () => {
    expect(errorCodeOf(200, '{"data":{"me":{"id":"1"}}}')).toBeUndefined();
  });

  it('an answer with GraphQL errors counts as the first error’s code', () => {
    const body = JSON.stringify({
      data: null,
      errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }, { extensions: { code: 'X' } }],
    });
    expect(errorCodeOf(200, body)).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(429, body)).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(200, '{"errors":[{"message":"no code"}]}')).toBe('NO_CODE');
  });

  it('a failed status without GraphQL errors counts as HTTP_<status>', () => {
    expect(errorCodeOf(502, 'Bad Gateway')).toBe('HTTP_502');
    expect(errorCodeOf(500, '{"errors":[]}')).toBe('HTTP_500');
    expect(errorCodeOf(200, '{"errors": not json')).toBe('INVALID_JSON');
  });
});
