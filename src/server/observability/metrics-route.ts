import type { RouteHandler } from '../http/router';
import { HttpError } from '../http/http-error';
import type { ServerMetrics } from './metrics';

/** `GET /metrics` in Prometheus text format; 404 when METRICS=false. */
export function metricsRoute(metrics: ServerMetrics | undefined): RouteHandler {
  return async (req, res) => {
    req.resume();
    if (!metrics)
      throw new HttpError({ status: 404, code: 'NOT_FOUND', message: 'Metrics are turned off (METRICS=false).' });
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  };
}
