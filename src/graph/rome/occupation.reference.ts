import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { romeLoaders } from './rome.loaders';

/** An Occupation other subgraphs point at by ROME code, served from the whole métiers referential. */
export const resolveOccupationReference: ReferenceResolver<GraphContext> = async (reference, context) =>
  (await romeLoaders(context).occupations()).occupations.get(String(reference.code)) ?? null;
