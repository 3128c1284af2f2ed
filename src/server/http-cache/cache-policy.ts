import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type CacheHint, LOCAL_DATA_CACHE_HINT } from '../../graph/cache-hint';

/** What an operation's answer may be cached for: the shortest lifetime over its selection, private if any is. */
export interface CachePolicy {
  maxAgeSeconds: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

/** Mutations are never cached; queries get the policy of the fields they select (and of everything below). */
export function compileCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  hints: ReadonlyMap<string, CacheHint>,
): CachePolicy | undefined {
  if (operation.operation !== 'query') return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let maxAgeSeconds = Number.POSITIVE_INFINITY;
  let privateData = false;
  const apply = (hint: CacheHint | undefined) => {
    if (!hint) return;
    maxAgeSeconds = Math.min(maxAgeSeconds, hint.maxAgeSeconds);
    if (hint.scope === 'PRIVATE') privateData = true;
  };
  // Only the set of selected coordinates matters, so each fragment is walked once whatever the number of spreads.
  const walked = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) continue;
        apply(hints.get(`${parentType.name}.${field.name}`));
        if (isAbstractType(parentType))
          for (const type of schema.getPossibleTypes(parentType)) apply(hints.get(`${type.name}.${field.name}`));
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) visit(selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) visit(selection.selectionSet, type);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || walked.has(fragment.name.value)) continue;
        walked.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) visit(fragment.selectionSet, type);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(operation.selectionSet, root);
  if (maxAgeSeconds === Number.POSITIVE_INFINITY) apply(LOCAL_DATA_CACHE_HINT);
  return { maxAgeSeconds, scope: privateData ? 'PRIVATE' : 'PUBLIC' };
}

/** The Cache-Control header of an answer: `no-store` for errors, mutations and anything without a policy. */
export function cacheControlHeader(policy: CachePolicy | undefined): string {
  if (!policy || policy.maxAgeSeconds <= 0) return 'no-store';
  return `${policy.scope === 'PRIVATE' ? 'private' : 'public'}, max-age=${policy.maxAgeSeconds}`;
}

/** Reads back what cacheControlHeader wrote; undefined for `no-store` or anything else. */
export function parseCacheControl(header: string | undefined): CachePolicy | undefined {
  const match = /^(public|private), max-age=(\d+)$/.exec(header ?? '');
  if (!match) return undefined;
  return { scope: match[1] === 'private' ? 'PRIVATE' : 'PUBLIC', maxAgeSeconds: Number(match[2]) };
}
