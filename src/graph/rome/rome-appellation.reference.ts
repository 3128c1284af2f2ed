import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { romeLoaders } from './rome.loaders';

/** A RomeAppellation other subgraphs point at by OGR code, served from the whole métiers referential. */
export const resolveRomeAppellationReference: ReferenceResolver<GraphContext> = async (reference, context) =>
  (await romeLoaders(context).occupations()).appellations.get(String(reference.code)) ?? null;
