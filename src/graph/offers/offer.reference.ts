import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { offerLoaders } from './offer.loaders';

/** An Offer other subgraphs point at by id: one upstream call per distinct id in a request. */
export const resolveOfferReference: ReferenceResolver<GraphContext> = (reference, context) =>
  offerLoaders(context).byId.load(String(reference.id));
