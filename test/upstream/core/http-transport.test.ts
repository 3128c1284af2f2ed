import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { HttpTransport, TransportFailure } from '../../../src/upstream/core/http-transport';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe('HttpTransport (real loopback server)', () => {
  const payload = { resultats: [{ id: '123ABCD', intitule: 'Développeur' }] };
  const server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(gzipSync(JSON.stringify(payload)));
        return;
      }
      res.writeHead(206, {
        'content-type': 'application/json',
        'Content-Range': 'offres 0-0/1',
        'set-cookie': ['a=1', 'b=2'],
      });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, authorization: req.headers.authorization }));
    });
  });
  let base: string;
  const transport = new HttpTransport({ timeoutMs: 300, connectionsPerOrigin: 4 });

  beforeAll(async () => {
    base = await listen(server);
  });

  afterAll(async () => {
    await transport.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends method, path, query, headers and body; returns status, lower-cased headers and text', async () => {
    const response = await transport.send({
      method: 'POST',
      url: `${base}/v2/offres/search?range=0-49&codeROME=M1805,M1811`,
      headers: { authorization: 'Bearer t' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(206);
    expect(response.headers['content-range']).toBe('offres 0-0/1');
    expect(response.headers['set-cookie']).toBe('a=1, b=2');
    expect(JSON.parse(response.body)).toEqual({
      method: 'POST',
      url: '/v2/offres/search?range=0-49&codeROME=M1805,M1811',
      body: '{"a":1}',
      authorization: 'Bearer t',
    });
  });

  it('decompresses gzip answers', async () => {
    const response = await transport.send({ method: 'GET', url: `${base}/gzip` });
    expect(JSON.parse(response.body)).toEqual(payload);
  });

  it('reports a silent server as a timeout', async () => {
    const failure = await transport.send({ method: 'GET', url: `${base}/hang` }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransportFailure);
    expect((failure as TransportFailure).kind).toBe('timeout');
  });

  it('reports a refused connection as a network failure', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const failure = await transport.send({ method: 'GET', url }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransportFailure);
    expect((failure as TransportFailure).kind).toBe('network');
  });
});
