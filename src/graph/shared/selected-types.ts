import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

const cache = new WeakMap<object, ReadonlySet<string>>();

/**
 * Names of the output types selected below the field being resolved, fragments included. Computed once per field
 * node: parsed documents are kept by the server, so a repeated operation hits the cache.
 */
export function selectedTypesBelow(info: GraphQLResolveInfo): ReadonlySet<string> {
  const fieldNode = info.fieldNodes[0];
  let types = cache.get(fieldNode);
  if (!types) {
    const found = new Set<string>();
    for (const node of info.fieldNodes) {
      if (node.selectionSet) collect(node.selectionSet, getNamedType(info.returnType), info, found);
    }
    types = found;
    cache.set(fieldNode, types);
  }
  return types;
}

function collect(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  info: GraphQLResolveInfo,
  found: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const type = getNamedType(field.type);
      found.add(type.name);
      if (selection.selectionSet) collect(selection.selectionSet, type, info, found);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) collect(selection.selectionSet, type, info, found);
    } else {
      const fragment = info.fragments[selection.name.value];
      const type = fragment && info.schema.getType(fragment.typeCondition.name.value);
      if (fragment && type) collect(fragment.selectionSet, type, info, found);
    }
  }
}
