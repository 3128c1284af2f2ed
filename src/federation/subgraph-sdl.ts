import { getDocumentNodeFromSchema } from '@graphql-tools/utils';
import {
  Kind,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationTypeNode,
} from 'graphql';
import { FEDERATION_DIRECTIVE_NAMES, FEDERATION_SPEC_URL } from './federation-directives';

const ROOT_TYPE_ORDER = ['Query', 'Mutation', 'Subscription'];
const DEFAULT_ROOT_NAMES: Record<OperationTypeNode, string> = {
  query: 'Query',
  mutation: 'Mutation',
  subscription: 'Subscription',
};

/**
 * Prints a type-graphql schema as a Federation 2 subgraph SDL: the `@link` to the federation spec
 * importing exactly the directives in use, then every definition in a fixed order (root types,
 * then by name) so that the published file only changes when the graph does.
 * Fields keep their declaration order, which is how readers expect to find them.
 */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const document = getDocumentNodeFromSchema(schema);
  const definitions = document.definitions.filter(isWorthPublishing).sort(compareDefinitions);
  const body = print({ kind: Kind.DOCUMENT, definitions });
  return `${printFederationLink(usedFederationDirectives(document))}\n\n${body}\n`;
}

function printFederationLink(directives: string[]): string {
  const imports = directives.map((name) => JSON.stringify(`@${name}`)).join(', ');
  return `extend schema @link(url: ${JSON.stringify(FEDERATION_SPEC_URL)}, import: [${imports}])`;
}

function usedFederationDirectives(document: DocumentNode): string[] {
  const known = new Set(FEDERATION_DIRECTIVE_NAMES);
  const used = new Set<string>();
  visit(document, {
    Directive(node) {
      if (known.has(node.name.value)) used.add(node.name.value);
    },
  });
  return [...used].sort();
}

/**
 * type-graphql always declares the root types, even empty for a subgraph that only resolves
 * references, and names them in a schema block; both are noise in a subgraph SDL.
 */
function isWorthPublishing(definition: DefinitionNode): boolean {
  if (definition.kind === Kind.SCHEMA_DEFINITION) {
    return definition.operationTypes.some(
      (operation) => operation.type.name.value !== DEFAULT_ROOT_NAMES[operation.operation],
    );
  }
  if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_TYPE_ORDER.includes(definition.name.value)) {
    return (definition.fields?.length ?? 0) > 0;
  }
  return true;
}

function compareDefinitions(a: DefinitionNode, b: DefinitionNode): number {
  const keyA = sortKey(a);
  const keyB = sortKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function sortKey(definition: DefinitionNode): string {
  const name = 'name' in definition && definition.name ? definition.name.value : '';
  const rootIndex = ROOT_TYPE_ORDER.indexOf(name);
  if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) return '0';
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return `1 ${name}`;
  if (rootIndex >= 0) return `2 ${rootIndex}`;
  return `3 ${name}`;
}
