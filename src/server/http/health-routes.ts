import { sendJson } from './http-error';
import type { RouteHandler } from './router';

/** One dependency the server needs to answer queries well; `ok: false` makes `/ready` answer 503. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail: string }>;
}

/** Liveness: the process answers HTTP. Never touches a dependency, so a slow upstream never restarts the server. */
export const healthRoute: RouteHandler = (req, res) => {
  req.resume();
  sendJson(res, 200, { status: 'ok' });
};

/** How long one round of readiness checks answers every `/ready`, so that probes cannot hammer a token endpoint. */
const READY_CACHE_MS = 1_000;

/** Readiness: every check passes (tokens obtained, Redis reachable when configured); details in the body. */
export function readyRoute(checks: readonly ReadinessCheck[]): RouteHandler {
  let last: { at: number; results: Promise<[string, { ok: boolean; detail: string }][]> } | undefined;
  const run = () =>
    Promise.all(
      checks.map(async ({ name, check }): Promise<[string, { ok: boolean; detail: string }]> => {
        try {
          return [name, await check()];
        } catch {
          return [name, { ok: false, detail: 'check failed' }];
        }
      }),
    );
  return async (req, res) => {
    req.resume();
    const now = Date.now();
    if (!last || now - last.at > READY_CACHE_MS) last = { at: now, results: run() };
    const results = await last.results;
    const ready = results.every(([, result]) => result.ok);
    sendJson(res, ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      checks: Object.fromEntries(results),
    });
  };
}
