export { buildSubgraph, type BuiltSubgraph } from './build-subgraph';
export {
  composeApiSchema,
  composeSupergraph,
  type ComposeOptions,
  type ComposedSupergraph,
  type CompositionHintSummary,
} from './compose-supergraph';
export {
  checkSchemas,
  printSchemas,
  renderSchemaFiles,
  SUPERGRAPH_FILE,
  API_SCHEMA_FILE,
  type OutdatedSchemaFile,
  type SchemaCheckResult,
  type SchemaFile,
  type SchemaFilesResult,
  type SchemaPrintResult,
} from './schema-files';
export { createApolloGateway, REQUEST_ID_HEADER, type ApolloGatewayOptions } from './apollo-gateway';
export { FEDERATION_SPEC_URL } from './federation-directives';
export { createMergedGateway, MergedGateway, type MergedGatewayOptions } from './merged/merged-gateway';
export { createMergedSchema, type MergedSchema } from './merged/merged-schema';
export {
  asGraphQLError,
  createOperationExecutor,
  type CompileOperation,
  type OperationExecutorOptions,
  type OperationRequest,
} from './merged/operation-executor';
export type { ReferenceResolver, SubgraphDefinition } from './subgraph-definition';
