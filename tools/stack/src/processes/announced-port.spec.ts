import { describe, expect, it } from 'vitest';
import { announcedPort } from './announced-port.js';

describe('announcedPort', () => {
  it("reads the port from a subgraph's and the router's listening log record", () => {
    expect(
      announcedPort('{"level":30,"service":"packing","url":"http://127.0.0.1:38913","msg":"listening"}'),
    ).toBe(38913);
    expect(
      announcedPort(
        '{"level":30,"url":"http://127.0.0.1:40523/graphql","subgraphs":[],"msg":"router listening"}',
      ),
    ).toBe(40523);
  });

  it("reads the port from the web server's line", () => {
    expect(
      announcedPort('web: listening on http://127.0.0.1:46565 (production; trusted front proxies: none)'),
    ).toBe(46565);
  });

  it('ignores every other line, and a url without a port of its own', () => {
    expect(announcedPort('{"level":30,"url":"http://127.0.0.1:5432","msg":"request"}')).toBeUndefined();
    expect(announcedPort('{"level":30,"msg":"listening"}')).toBeUndefined();
    expect(announcedPort('{"msg":"listening","url":"http://127.0.0.1"}')).toBeUndefined();
    expect(announcedPort('mongo-standin listening on mongodb://127.0.0.1:42905/test')).toBeUndefined();
    expect(announcedPort('{ not json')).toBeUndefined();
    expect(announcedPort('')).toBeUndefined();
  });
});
