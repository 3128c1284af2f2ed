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

/** Readiness: every check passes (tokens obtained, Redis reachable when configured); details in the body. */
export function readyRoute(checks: readonly ReadinessCheck[]): RouteHandler {
  return async (req, res) => {
    req.resume();
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          return [name, await check()] as const;
        } catch {
          return [name, { ok: false, detail: 'check failed' }] as const;
        }
      }),
    );
    const ready = results.every(([, result]) => result.ok);
    sendJson(res, ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      checks: Object.fromEntries(results),
    });
  };
}
