import { request } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { HostileHarness, json, query, README_QUERY, type RawRequest } from './harness';

const LIMIT = 256 * 1024;
const JSON_HEADERS = { 'content-type': 'application/json' };
const gql = (text: string) => JSON.stringify({ query: text });

describe('hostile transport: every malformed request gets a JSON error with a stable code', () => {
  const harness = new HostileHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const refused: [string, RawRequest, number, string][] = [
    ['invalid JSON', { headers: JSON_HEADERS, body: '{bad' }, 400, 'BAD_REQUEST'],
    ['truncated JSON', { headers: JSON_HEADERS, body: '{"query":"{ __typename }"' }, 400, 'BAD_REQUEST'],
    ['a JSON string', { headers: JSON_HEADERS, body: '"{ __typename }"' }, 400, 'BAD_REQUEST'],
    ['a JSON number', { headers: JSON_HEADERS, body: '42' }, 400, 'BAD_REQUEST'],
    ['JSON null', { headers: JSON_HEADERS, body: 'null' }, 400, 'BAD_REQUEST'],
    ['JSON true', { headers: JSON_HEADERS, body: 'true' }, 400, 'BAD_REQUEST'],
    ['a batch (JSON array)', { headers: JSON_HEADERS, body: `[${gql('{ __typename }')}]` }, 400, 'BAD_REQUEST'],
    ['an empty body', { headers: JSON_HEADERS, body: '' }, 400, 'BAD_REQUEST'],
    ['a blank body', { headers: JSON_HEADERS, body: '  \n ' }, 400, 'BAD_REQUEST'],
    ['an empty object', { headers: JSON_HEADERS, body: '{}' }, 400, 'BAD_REQUEST'],
    [
      'invalid UTF-8',
      { headers: JSON_HEADERS, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      400,
      'BAD_REQUEST',
    ],
    ['no content type', { body: gql('{ __typename }') }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'text/plain',
      { headers: { 'content-type': 'text/plain' }, body: gql('{ __typename }') },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a form',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'multipart',
      { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'application/graphql',
      { headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'charset latin1',
      { headers: { 'content-type': 'application/json; charset=ISO-8859-1' }, body: gql('{ __typename }') },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'charset utf-16',
      {
        headers: { 'content-type': 'application/json; charset=utf-16le' },
        body: Buffer.from(gql('{ __typename }'), 'utf16le'),
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unknown Content-Encoding',
      { headers: { ...JSON_HEADERS, 'content-encoding': 'compress' }, body: gql('{ __typename }') },
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
    ],
    [
      'stacked Content-Encodings',
      { headers: { ...JSON_HEADERS, 'content-encoding': 'gzip, br' }, body: gzipSync(gql('{ __typename }')) },
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
    ],
    [
      'gzip that is not gzip',
      { headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' }, body: gql('{ __typename }') },
      400,
      'BAD_REQUEST',
    ],
    [
      'truncated gzip',
      {
        headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
        body: gzipSync(gql('{ __typename }')).subarray(0, 12),
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'corrupt deflate',
      { headers: { ...JSON_HEADERS, 'content-encoding': 'deflate' }, body: Buffer.from('not deflate at all') },
      400,
      'BAD_REQUEST',
    ],
    [
      'corrupt brotli',
      { headers: { ...JSON_HEADERS, 'content-encoding': 'br' }, body: Buffer.from([0xff, 0xff, 0xff, 0xff]) },
      400,
      'BAD_REQUEST',
    ],
    [
      'a gzip bomb (10 MB of zeros in 10 KB)',
      {
        headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
        body: gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20)),
      },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a brotli bomb',
      {
        headers: { ...JSON_HEADERS, 'content-encoding': 'br' },
        body: brotliCompressSync(Buffer.alloc(10 * 1024 * 1024, 0x20)),
      },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a body just over the limit',
      { headers: JSON_HEADERS, body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(LIMIT) }) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a 5 MiB body', { headers: JSON_HEADERS, body: Buffer.alloc(5 * 1024 * 1024, 0x20) }, 413, 'PAYLOAD_TOO_LARGE'],
    [
      'a 5 MiB body sent chunked',
      { headers: { ...JSON_HEADERS, 'transfer-encoding': 'chunked' }, body: Buffer.alloc(5 * 1024 * 1024, 0x20) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['PUT', { method: 'PUT', ...json({ query: '{ __typename }' }) }, 405, 'METHOD_NOT_ALLOWED'],
    ['DELETE', { method: 'DELETE' }, 405, 'METHOD_NOT_ALLOWED'],
    ['PATCH', { method: 'PATCH', ...json({ query: '{ __typename }' }) }, 405, 'METHOD_NOT_ALLOWED'],
    ['an unknown path', { method: 'GET', path: '/admin' }, 404, 'NOT_FOUND'],
    ['a path traversal', { method: 'GET', path: '/..%2f..%2fetc%2fpasswd' }, 404, 'NOT_FOUND'],
    ['POST to /health/x', { method: 'POST', path: '/health/x', ...json({}) }, 404, 'NOT_FOUND'],
    ['GET without a CSRF preflight header', { method: 'GET', path: '/?query=%7B__typename%7D' }, 400, 'BAD_REQUEST'],
    [
      'GET with variables that are not JSON',
      {
        method: 'GET',
        path: '/?query=%7B__typename%7D&variables=%7Bnope',
        headers: { 'apollo-require-preflight': 'true' },
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'GET with the query twice',
      {
        method: 'GET',
        path: '/?query=%7B__typename%7D&query=%7B__typename%7D',
        headers: { 'apollo-require-preflight': 'true' },
      },
      400,
      'BAD_REQUEST',
    ],
    [
      'a malformed X-Client-Id',
      { headers: { ...JSON_HEADERS, 'x-client-id': 'me and <you>' }, body: gql(README_QUERY) },
      400,
      'BAD_REQUEST',
    ],
    [
      'an oversized X-Client-Id',
      { headers: { ...JSON_HEADERS, 'x-client-id': 'a'.repeat(200) }, body: gql(README_QUERY) },
      400,
      'BAD_REQUEST',
    ],
    [
      'an Accept the server cannot produce',
      { ...query('{ __typename }'), headers: { ...JSON_HEADERS, accept: 'text/csv' } },
      406,
      'BAD_REQUEST',
    ],
    ['variables as a JSON string', json({ query: '{ __typename }', variables: '{"a":1}' }), 400, 'BAD_REQUEST'],
    ['variables as an array', json({ query: '{ __typename }', variables: [1] }), 400, 'BAD_REQUEST'],
    ['extensions as a number', json({ query: '{ __typename }', extensions: 5 }), 400, 'BAD_REQUEST'],
    ['operationName as a number', json({ query: '{ __typename }', operationName: 5 }), 400, 'BAD_REQUEST'],
    ['query as a number', json({ query: 5 }), 400, 'BAD_REQUEST'],
    ['query as an object', json({ query: { kind: 'Document' } }), 400, 'BAD_REQUEST'],
    [
      'headers too large',
      { ...query('{ __typename }'), headers: { ...JSON_HEADERS, 'x-junk': 'x'.repeat(20_000) } },
      431,
      'BAD_REQUEST',
    ],
  ];

  test.each(refused)('%s', async (_name, raw, status, code) => {
    await harness.expectRefused(raw, status, code);
  });

  test('405 names the allowed methods', async () => {
    const response = await harness.send({ method: 'PUT' });
    expect(response.headers.allow).toBe('GET, POST, OPTIONS');
  });

  test.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('a %s body is read', async (encoding, compress) => {
    const response = await harness.send({
      headers: { ...JSON_HEADERS, 'content-encoding': encoding },
      body: compress(Buffer.from(gql(README_QUERY))),
    });
    expect(response.status).toBe(200);
    expect(response.json?.data?.occupation?.label).toBe('Développeur / Développeuse informatique');
  });

  test('a body with a UTF-8 byte order mark and an explicit utf-8 charset is read', async () => {
    const response = await harness.send({
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(gql('{ __typename }'))]),
    });
    expect(response.json).toEqual({ data: { __typename: 'Query' } });
  });

  test('a "__proto__" key in the body pollutes nothing', async () => {
    const response = await harness.send({
      headers: JSON_HEADERS,
      body: '{"query":"{ __typename }","__proto__":{"polluted":true},"variables":{"__proto__":{"polluted":true}}}',
    });
    expect(response.json).toEqual({ data: { __typename: 'Query' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('deeply nested JSON in unused variables is parsed without harm', async () => {
    const response = await harness.send({
      headers: JSON_HEADERS,
      body: `{"query":"{ __typename }","variables":{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    });
    expect(response.json).toEqual({ data: { __typename: 'Query' } });
    await harness.expectStillServing();
  });

  test('a CORS preflight is answered without a body', async () => {
    const response = await harness.send({
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
  });

  test('a client that goes away mid-body leaves the server serving', async () => {
    const url = new URL(harness.url);
    await new Promise<void>((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        headers: { ...JSON_HEADERS, 'content-length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"query":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await harness.expectStillServing();
  });
});
