import type { IncomingMessage } from 'node:http';
import { createGraphContext, jobSeekerTokenFrom, type GraphContext } from '../graph';
import type { Upstream } from '../upstream';
import { clientIdOf } from './http/client-id';
import { bindObservation, observationOf, observationTally } from './observability/request-observation';

/**
 * The GraphQL context of one HTTP request. When the route observes the request, the upstream clients count into
 * its observation and the Apollo plugins find it from the context. A gateway over remote subgraphs (no upstream)
 * only needs the client id.
 */
export function requestContext(req: IncomingMessage, upstream: Upstream | undefined): GraphContext {
  const clientId = clientIdOf(req);
  const observation = observationOf(req);
  const context = upstream
    ? createGraphContext(upstream, {
        clientId,
        jobSeekerToken: jobSeekerTokenFrom(req.headers),
        tally: observation && observationTally(observation),
      })
    : ({ clientId } as GraphContext);
  if (observation) bindObservation(context, observation);
  return context;
}
