import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { exampleOperations } from './example-operations';
import type { RequestTarget } from '../http/request-target';

export interface ExplorerOptions {
  /** Where the explorer sends operations (the graph's own path). */
  endpoint: string;
  /** The X-Job-Seeker-Token preset on tabs that read `me` (a sandbox token, or a placeholder in live mode). */
  jobSeekerToken: string;
}

interface RenderedPage {
  html: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * GraphiQL for browsers, entirely inlined from our dependencies (no CDN: it works offline), with one tab per example
 * operation. The page is ~9 MB before compression, so it is rendered and gzipped once, on the first visit.
 * Returns whether it answered: only a browser's GET without a `query` parameter is the explorer's.
 */
export function explorerPage(
  options: ExplorerOptions,
): (req: IncomingMessage, res: ServerResponse, url: RequestTarget) => boolean {
  let page: RenderedPage | undefined;
  return (req, res, url) => {
    if (!isBrowserVisit(req, url)) return false;
    page ??= render(options);
    req.resume();
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      etag: page.etag,
      vary: 'accept, accept-encoding',
    };
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzipped : page.html;
    res.writeHead(200, {
      ...headers,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function isBrowserVisit(req: IncomingMessage, url: RequestTarget): boolean {
  const method = req.method ?? 'GET';
  return (
    (method === 'GET' || method === 'HEAD') &&
    !url.searchParams.has('query') &&
    !url.searchParams.has('extensions') &&
    String(req.headers.accept ?? '').includes('text/html')
  );
}

/**
 * GraphiQL's bundle is a 12 MB source text that would stay in memory from start-up; a server nobody browses (an API
 * behind a gateway, the benchmark) never loads it.
 */
function loadRenderer(): typeof import('@graphql-yoga/render-graphiql').renderGraphiQL {
  return (require('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql')).renderGraphiQL;
}

function render(options: ExplorerOptions): RenderedPage {
  const renderGraphiQL = loadRenderer();
  const operations = exampleOperations();
  const html = Buffer.from(
    renderGraphiQL({
      title: 'travail-graph explorer',
      endpoint: options.endpoint,
      defaultQuery: operations[0]?.document,
      defaultTabs: operations.map((operation) => ({
        query: operation.document,
        headers: operation.needsJobSeeker
          ? JSON.stringify({ 'X-Job-Seeker-Token': options.jobSeekerToken }, null, 2)
          : undefined,
      })),
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: false,
    }),
  );
  return {
    html,
    gzipped: gzipSync(html),
    etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
  };
}
