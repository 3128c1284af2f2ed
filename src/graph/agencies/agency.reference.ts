import type { GraphContext } from '../context';
import type { ReferenceResolver } from '../subgraph';
import { agencyLoaders } from './agency.loaders';

/** An Agency other subgraphs point at by code, served from the whole agency referential. */
export const resolveAgencyReference: ReferenceResolver<GraphContext> = async (reference, context) =>
  (await agencyLoaders(context).directory()).get(String(reference.code));
