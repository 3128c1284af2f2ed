import {
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FragmentDefinitionNode,
} from 'graphql';
import type { UpstreamApi } from '../../upstream';
import type { FieldCost } from '../../graph/upstream-cost';
import type { CostDeclarations } from './cost-declarations';

/** A multiplier read from a field's argument at evaluation time (`first`), bounded by `max`. */
export interface ArgumentBound {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  argument: string;
  max: number;
}

export type Factor = number | ArgumentBound;

/** One field that may call upstream, with the list sizes above it. */
export interface CostTerm {
  cost: FieldCost;
  /** Multipliers of every list (or connection) between the operation's root and this field. */
  factors: Factor[];
  /** For `perPage` fields: the size of the page asked for. */
  pageSize?: ArgumentBound;
  /** For `perArgumentValue` fields: where the argument's value is read. */
  argumentOf?: { field: GraphQLField<unknown, unknown>; node: FieldNode };
}

/** What an operation may cost upstream, as a function of its variables: compiled once per document and operation. */
export interface CostPlan {
  terms: CostTerm[];
  /** Set when the document expands (through fragments) beyond what is worth estimating. */
  tooLarge: boolean;
  /** Whether any term reads an argument: when none does, the estimate is the same for every request. */
  readsArguments: boolean;
}

/** Beyond this many field visits (fragments expanded), a document is refused rather than estimated. */
const MAX_VISITS = 50_000;

export function compileCostPlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  costs: CostDeclarations,
): CostPlan {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const terms: CostTerm[] = [];
  let visits = 0;
  let tooLarge = false;

  // `spread` holds the fragments already expanded into this field's selection: as in graphql-js's collectFields, a
  // fragment spread twice in one selection runs once (which also stops cycles and fragment fan-out bombs).
  const visit = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    factors: Factor[],
    spread: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (tooLarge) return;
      if (++visits > MAX_VISITS) {
        tooLarge = true;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) continue;
        const coordinate = `${parentType.name}.${field.name}`;
        const fieldCosts = costs.fields.get(coordinate) ?? [];
        const size = costs.listSizes.get(coordinate);
        const own: Factor | undefined =
          size === undefined
            ? undefined
            : 'assumed' in size
              ? size.assumed
              : { field, node: selection, argument: size.argument, max: size.max };
        for (const cost of fieldCosts)
          terms.push({
            cost,
            factors,
            pageSize: cost.calls === 'perPage' && own !== undefined && typeof own !== 'number' ? own : undefined,
            argumentOf: cost.calls === 'perArgumentValue' ? { field, node: selection } : undefined,
          });
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) {
          const multiplier = own ?? (isListType(getNullableType(field.type)) ? 1 : undefined);
          visit(selection.selectionSet, type, multiplier === undefined ? factors : [...factors, multiplier], new Set());
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type) visit(selection.selectionSet, type, factors, spread);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) visit(fragment.selectionSet, type, factors, spread);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) visit(operation.selectionSet, root, [], new Set());
  const readsArguments = terms.some(
    (term) => term.pageSize || term.argumentOf || term.factors.some((factor) => typeof factor !== 'number'),
  );
  return { terms, tooLarge, readsArguments };
}

export type UpstreamCalls = Partial<Record<UpstreamApi, number>>;
