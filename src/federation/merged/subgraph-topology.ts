import { getResolversFromSchema } from '@graphql-tools/utils';
import {
  Kind,
  isObjectType,
  parse,
  type FieldDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type SelectionSetNode,
} from 'graphql';
import type { BuiltSubgraph } from '../build-subgraph';
import {
  booleanArgument,
  findFederationDirectives,
  hasFederationDirective,
  stringArgument,
} from '../federation-directives';

export type FieldResolver = GraphQLFieldResolver<unknown, unknown>;
export type ReferenceResolve = (
  reference: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo,
) => unknown;
export type ResolverMap = Record<string, Record<string, unknown>>;

/** One subgraph's way to resolve one field. */
export interface FieldSource {
  readonly subgraph: string;
  /** Absent when the subgraph reads the field as a plain property. */
  readonly resolve?: FieldResolver;
  /** The `@requires` selection the subgraph needs on its parent for this field. */
  readonly requires?: SelectionSetNode;
}

/**
 * An object type declared by several subgraphs whose objects the in-process glue must join: a
 * federated entity, or a shared type whose fields answer differently depending on which
 * subgraph's object they are given.
 */
export interface JoinedType {
  readonly typeName: string;
  /** Field name → the subgraphs resolving it, in subgraph order. */
  readonly fields: ReadonlyMap<string, readonly FieldSource[]>;
  /** Subgraph → the resolvable key through which a representation enters it. */
  readonly keys: ReadonlyMap<string, SelectionSetNode>;
  readonly referenceResolvers: ReadonlyMap<string, ReferenceResolve>;
  /** Subgraphs with a resolvable key, those that can resolve references first: where to go for a missing field. */
  readonly entryOrder: readonly string[];
  /**
   * Whether a field's result depends on which subgraph's object serves as parent (several
   * subgraphs resolve it and one of them with code), so every object must remember its origin.
   */
  readonly originSensitive: boolean;
}

export interface SubgraphTopology {
  readonly subgraphNames: readonly string[];
  /** Resolver maps read back from each executable subgraph schema. */
  readonly resolvers: ReadonlyMap<string, ResolverMap>;
  readonly joinedTypes: ReadonlyMap<string, JoinedType>;
  /** Every subgraph's way to resolve `typeName.fieldName`, external fields excluded. */
  fieldSources(typeName: string, fieldName: string): readonly FieldSource[];
  fieldSource(typeName: string, fieldName: string, subgraph: string): FieldSource | undefined;
  /** Subgraphs that declare the object type. */
  declaringSubgraphs(typeName: string): readonly string[];
}

interface DeclaredField {
  readonly subgraph: string;
  readonly requires?: SelectionSetNode;
  readonly overrides?: string;
}

interface DeclaredType {
  readonly subgraphs: string[];
  readonly fields: Map<string, DeclaredField[]>;
  readonly keys: Map<string, SelectionSetNode>;
  hasKey: boolean;
}

/** Reads from the published SDLs who declares, keys and resolves what. */
export function analyzeSubgraphs(subgraphs: readonly BuiltSubgraph[]): SubgraphTopology {
  const declared = new Map<string, DeclaredType>();
  const resolvers = new Map<string, ResolverMap>();
  const referenceResolvers = new Map<string, Map<string, ReferenceResolve>>();

  for (const subgraph of subgraphs) {
    resolvers.set(subgraph.name, getResolversFromSchema(subgraph.schema) as ResolverMap);
    for (const definition of parse(subgraph.sdl).definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
        declareType(declared, subgraph.name, definition);
      } else if (
        (definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_EXTENSION) &&
        hasFederationDirective(definition.directives, 'key')
      ) {
        throw new Error(
          `Subgraph ${subgraph.name}: entity interface ${definition.name.value} is not supported in process`,
        );
      }
    }
    for (const type of Object.values(subgraph.schema.getTypeMap())) {
      const resolveReference = isObjectType(type) ? readReferenceResolver(type.extensions) : undefined;
      if (!resolveReference) continue;
      const bySubgraph = referenceResolvers.get(type.name) ?? new Map<string, ReferenceResolve>();
      bySubgraph.set(subgraph.name, resolveReference);
      referenceResolvers.set(type.name, bySubgraph);
    }
  }

  const sources = new Map<string, Map<string, FieldSource[]>>();
  for (const [typeName, type] of declared) {
    const byField = new Map<string, FieldSource[]>();
    for (const [fieldName, declarations] of type.fields) {
      const overridden = new Set(declarations.map((field) => field.overrides).filter((name) => name !== undefined));
      byField.set(
        fieldName,
        declarations
          .filter((field) => !overridden.has(field.subgraph))
          .map((field) => ({
            subgraph: field.subgraph,
            resolve: fieldResolver(resolvers.get(field.subgraph), typeName, fieldName),
            requires: field.requires,
          })),
      );
    }
    sources.set(typeName, byField);
  }

  const rootTypeNames = new Set(
    subgraphs.flatMap((subgraph) =>
      [subgraph.schema.getQueryType(), subgraph.schema.getMutationType(), subgraph.schema.getSubscriptionType()]
        .filter((type) => type !== null && type !== undefined)
        .map((type) => type.name),
    ),
  );
  const joinedTypes = new Map<string, JoinedType>();
  for (const [typeName, type] of declared) {
    if (type.subgraphs.length < 2 || rootTypeNames.has(typeName)) continue;
    const fields = sources.get(typeName) ?? new Map<string, FieldSource[]>();
    const originSensitive = [...fields.values()].some(
      (fieldSources) => fieldSources.length > 1 && fieldSources.some((source) => source.resolve !== undefined),
    );
    if (!type.hasKey && !originSensitive) continue;
    const references = referenceResolvers.get(typeName) ?? new Map<string, ReferenceResolve>();
    const withKey = type.subgraphs.filter((name) => type.keys.has(name));
    joinedTypes.set(typeName, {
      typeName,
      fields,
      keys: type.keys,
      referenceResolvers: references,
      entryOrder: [
        ...withKey.filter((name) => references.has(name)),
        ...withKey.filter((name) => !references.has(name)),
      ],
      originSensitive,
    });
  }

  return {
    subgraphNames: subgraphs.map((subgraph) => subgraph.name),
    resolvers,
    joinedTypes,
    fieldSources: (typeName, fieldName) => sources.get(typeName)?.get(fieldName) ?? [],
    fieldSource: (typeName, fieldName, subgraph) =>
      sources
        .get(typeName)
        ?.get(fieldName)
        ?.find((source) => source.subgraph === subgraph),
    declaringSubgraphs: (typeName) => declared.get(typeName)?.subgraphs ?? [],
  };
}

function declareType(
  declared: Map<string, DeclaredType>,
  subgraph: string,
  definition: ObjectTypeDefinitionNode | ObjectTypeExtensionNode,
): void {
  const typeName = definition.name.value;
  if (hasFederationDirective(definition.directives, 'interfaceObject')) {
    throw new Error(`Subgraph ${subgraph}: @interfaceObject on ${typeName} is not supported in process`);
  }
  const type: DeclaredType = declared.get(typeName) ?? {
    subgraphs: [],
    fields: new Map(),
    keys: new Map(),
    hasKey: false,
  };
  declared.set(typeName, type);
  if (!type.subgraphs.includes(subgraph)) type.subgraphs.push(subgraph);

  for (const key of findFederationDirectives(definition.directives, 'key')) {
    type.hasKey = true;
    const fields = stringArgument(key, 'fields');
    if (fields && booleanArgument(key, 'resolvable') !== false && !type.keys.has(subgraph)) {
      type.keys.set(subgraph, parseFieldSet(fields));
    }
  }
  const typeIsExternal = hasFederationDirective(definition.directives, 'external');
  for (const field of definition.fields ?? []) {
    if (typeIsExternal || hasFederationDirective(field.directives, 'external')) continue;
    const declarations = type.fields.get(field.name.value) ?? [];
    declarations.push(declareField(subgraph, typeName, field));
    type.fields.set(field.name.value, declarations);
  }
}

function declareField(subgraph: string, typeName: string, field: FieldDefinitionNode): DeclaredField {
  const [requires] = findFederationDirectives(field.directives, 'requires');
  const [override] = findFederationDirectives(field.directives, 'override');
  if (override && stringArgument(override, 'label') !== undefined) {
    throw new Error(
      `Subgraph ${subgraph}: progressive @override on ${typeName}.${field.name.value} is not supported in process`,
    );
  }
  if (
    hasFederationDirective(field.directives, 'fromContext') ||
    field.arguments?.some((arg) => hasFederationDirective(arg.directives, 'fromContext'))
  ) {
    throw new Error(
      `Subgraph ${subgraph}: @fromContext on ${typeName}.${field.name.value} is not supported in process`,
    );
  }
  const requiredFields = requires ? stringArgument(requires, 'fields') : undefined;
  return {
    subgraph,
    requires: requiredFields ? parseFieldSet(requiredFields) : undefined,
    overrides: override ? stringArgument(override, 'from') : undefined,
  };
}

/** A federation field set ("id", "category { code }") as a selection set. */
export function parseFieldSet(fields: string): SelectionSetNode {
  const [operation] = parse(`{ ${fields} }`, { noLocation: true }).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`Invalid field set: ${fields}`);
  return operation.selectionSet;
}

function fieldResolver(
  resolvers: ResolverMap | undefined,
  typeName: string,
  fieldName: string,
): FieldResolver | undefined {
  const entry = resolvers?.[typeName]?.[fieldName] as { resolve?: FieldResolver } | undefined;
  return entry?.resolve;
}

function readReferenceResolver(extensions: unknown): ReferenceResolve | undefined {
  const apollo = (extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolve } } } | undefined)
    ?.apollo;
  return apollo?.subgraph?.resolveReference;
}
