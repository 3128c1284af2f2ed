import {
  Kind,
  isAbstractType,
  type DirectiveNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export interface SelectedFields {
  /** Field names (not aliases) selected directly on the object. */
  readonly names: ReadonlySet<string>;
  /** Whether `@skip`/`@include` read a variable, so the answer holds for these variables only. */
  readonly dependsOnVariables: boolean;
}

/** The fields an operation selects on the object a field returns, through fragments. */
export function selectedFields(info: GraphQLResolveInfo, objectType: GraphQLObjectType): SelectedFields {
  const names = new Set<string>();
  const state = { dependsOnVariables: false };
  for (const fieldNode of info.fieldNodes) {
    if (fieldNode.selectionSet) collect(fieldNode.selectionSet, objectType, info, names, state);
  }
  return { names, dependsOnVariables: state.dependsOnVariables };
}

function collect(
  selectionSet: SelectionSetNode,
  objectType: GraphQLObjectType,
  info: GraphQLResolveInfo,
  names: Set<string>,
  state: { dependsOnVariables: boolean },
): void {
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection.directives, info, state)) continue;
    if (selection.kind === Kind.FIELD) {
      names.add((selection as FieldNode).name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(selection.typeCondition?.name.value, objectType, info)) {
        collect(selection.selectionSet, objectType, info, names, state);
      }
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && appliesTo(fragment.typeCondition.name.value, objectType, info)) {
        collect(fragment.selectionSet, objectType, info, names, state);
      }
    }
  }
}

function appliesTo(
  typeCondition: string | undefined,
  objectType: GraphQLObjectType,
  info: GraphQLResolveInfo,
): boolean {
  if (!typeCondition || typeCondition === objectType.name) return true;
  const conditionType = info.schema.getType(typeCondition);
  return (
    conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, objectType)
  );
}

function isIncluded(
  directives: readonly DirectiveNode[] | undefined,
  info: GraphQLResolveInfo,
  state: { dependsOnVariables: boolean },
): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
    let value: unknown;
    if (condition?.kind === Kind.BOOLEAN) value = condition.value;
    else if (condition?.kind === Kind.VARIABLE) {
      state.dependsOnVariables = true;
      value = info.variableValues[condition.name.value];
    }
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value !== true) return false;
  }
  return true;
}
