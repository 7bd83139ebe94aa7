import { describe, expect, it } from 'vitest';
import { redact } from './redacting-span-processor.js';

describe('redact', () => {
  it('cuts the query off URLs and drops attributes named for credentials, personal data or variables', () => {
    const span = {
      attributes: {
        'http.url': 'http://router/graphql?query=%7Bme%7D&variables=%7B%22email%22%3A%22a%40b.c%22%7D',
        'http.target': '/graphql?extensions=x',
        'url.full': 'http://web/reset?token=abc',
        'url.path': '/graphql',
        'url.query': 'token=abc',
        'http.request.header.authorization': ['Bearer x'],
        'http.request.header.cookie': ['pyb_refresh=x'],
        'graphql.variables.input': '{"password":"x"}',
        'user.email': 'a@b.c',
        'db.query.text': 'SELECT 1 WHERE id = $1',
        'http.response.status_code': 200,
      },
    };
    redact(span);
    expect(span.attributes).toEqual({
      'http.url': 'http://router/graphql',
      'http.target': '/graphql',
      'url.full': 'http://web/reset',
      'url.path': '/graphql',
      'db.query.text': 'SELECT 1 WHERE id = $1',
      'http.response.status_code': 200,
    });
  });
});
