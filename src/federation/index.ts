/**
 * The federation runtime: type-graphql subgraphs in, published Federation 2 schemas and two executors out.
 * See README.md in this folder for the subset of Federation 2 it executes.
 */
export { buildSubgraph, type BuiltSubgraph } from './build-subgraph';
export { composeSupergraph, type ComposedSupergraph } from './compose';
export {
  checkSchemas,
  printSchemas,
  readPrintedComposition,
  renderSchemaFiles,
  API_SCHEMA_FILE,
  SUPERGRAPH_FILE,
  type SchemaCheckProblem,
  type SchemaFile,
  type SchemaFilesOptions,
} from './schema-files';
export { REQUEST_ID_HEADER, type ApolloGatewayOptions } from './gateway-options';
export { createApolloGateway } from './reference-gateway';
export { createMergedGateway, type MergedGatewayOptions } from './merged/merged-gateway';
export {
  asGraphQLError,
  createOperationExecutor,
  type CompileOperation,
  type OperationExecutorOptions,
  type OperationRequest,
} from './merged/operation-executor';
export type { ReferenceResolver, SubgraphDefinition, WarmUp, WarmUpRequest } from './subgraph-definition';
