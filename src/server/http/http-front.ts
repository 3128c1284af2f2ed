import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError } from './http-error';
import { respondWithError, type Router } from './router';

/** Slow clients may not hold a connection open forever while sending a request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** The node:http server in front of every route; the router decides what each path does. */
export function createHttpServer(router: Router, options: { maxBodyBytes: number }): Server {
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    router.handle,
  );
  // `Expect: 100-continue` with a body announced over the limit: refuse before the client sends it.
  server.on('checkContinue', (req, res) => {
    if (Number(req.headers['content-length']) > options.maxBodyBytes) {
      respondWithError(
        req,
        res,
        new HttpError({
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
          message: `Request body exceeds the limit of ${options.maxBodyBytes} bytes.`,
          // The body was never sent: the connection cannot carry another request.
          headers: { connection: 'close' },
        }),
      );
      return;
    }
    res.writeContinue();
    router.handle(req, res);
  });
  // A malformed request line or oversized headers: answer in the same JSON shape, without a log stack.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && !socket.readable)) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const code = status === 408 ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST';
    const body = JSON.stringify({
      errors: [
        { message: status === 431 ? 'Request headers too large.' : 'Malformed HTTP request.', extensions: { code } },
      ],
    });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

/** Listens and resolves with the URL a browser can open (listening on every interface prints as localhost). */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shown =
        host === '0.0.0.0' || host === '::'
          ? 'localhost'
          : address.family === 'IPv6'
            ? `[${address.address}]`
            : address.address;
      resolve(`http://${shown}:${address.port}/`);
    });
  });
}
