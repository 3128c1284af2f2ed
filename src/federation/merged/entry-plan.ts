import { Kind, type FieldNode, type SelectionSetNode } from 'graphql';
import type { JoinedType } from './subgraph-topology';

/** Who provides a representation field: the object the entity arrived as (`null`), or another subgraph's view of it. */
export type Supplier = string | null;

export interface RepresentationField {
  readonly node: FieldNode;
  readonly supplier: Supplier;
}

/** Turning the entity into one subgraph's own object through that subgraph's reference resolver. */
export interface Conversion {
  readonly subgraph: string;
  /** The representation's fields: the subgraph's key, then what its selected fields `@requires`. */
  readonly fields: readonly RepresentationField[];
  readonly fieldNames: ReadonlySet<string>;
  /** Conversions whose results supply some of the representation's fields. */
  readonly dependsOn: readonly string[];
}

/** What must happen when an entity arrives from `origin` with a given selection: conversions in dependency order. */
export interface EntryPlan {
  readonly conversions: readonly Conversion[];
}

export const NO_CONVERSION: EntryPlan = { conversions: [] };

/**
 * Decides, like a query planner would for one entity, which subgraphs must see the entity to
 * answer the selected fields: fields the origin resolves stay with it; any other goes to a
 * subgraph that resolves it and can be entered by key, preferring one already entered, then
 * those with a reference resolver. A field with `@requires` always goes through a representation
 * carrying the required fields, even in the origin subgraph, as a router would do.
 */
export function planEntry(type: JoinedType, origin: string, selected: Iterable<string>): EntryPlan {
  const builder = new PlanBuilder(type, origin);
  for (const fieldName of selected) builder.serve(fieldName);
  return builder.plan();
}

interface MutableConversion {
  readonly subgraph: string;
  readonly fields: RepresentationField[];
  readonly fieldNames: Set<string>;
  readonly dependsOn: Set<string>;
}

class PlanBuilder {
  private readonly targets = new Map<string, MutableConversion>();

  constructor(
    private readonly type: JoinedType,
    private readonly origin: string,
  ) {}

  /** Returns who resolves the field, entering subgraphs as needed; `undefined` for fields no subgraph declares. */
  serve(fieldName: string): Supplier | undefined {
    const sources = this.type.fields.get(fieldName);
    if (!sources || sources.length === 0) return undefined;
    const own = sources.find((source) => source.subgraph === this.origin);
    if (own && !own.requires) return null;
    const enterable = sources.filter((source) => this.type.keys.has(source.subgraph));
    const source =
      (own && enterable.includes(own) ? own : undefined) ??
      enterable.find((candidate) => this.targets.has(candidate.subgraph)) ??
      this.type.entryOrder.map((name) => enterable.find((candidate) => candidate.subgraph === name)).find(Boolean);
    if (!source) {
      if (own) return null;
      throw new Error(
        `${this.type.typeName}.${fieldName} cannot be resolved for an object from subgraph ${this.origin}`,
      );
    }
    const target = this.enter(source.subgraph);
    if (source.requires) this.require(target, source.requires);
    return source.subgraph;
  }

  plan(): EntryPlan {
    if (this.targets.size === 0) return NO_CONVERSION;
    const ordered: Conversion[] = [];
    const placed = new Set<string>();
    const place = (target: MutableConversion): void => {
      if (placed.has(target.subgraph)) return;
      placed.add(target.subgraph);
      for (const dependency of target.dependsOn) place(this.targets.get(dependency) as MutableConversion);
      ordered.push({
        subgraph: target.subgraph,
        fields: target.fields,
        fieldNames: target.fieldNames,
        dependsOn: [...target.dependsOn],
      });
    };
    for (const target of this.targets.values()) place(target);
    return { conversions: ordered };
  }

  private enter(subgraph: string): MutableConversion {
    const existing = this.targets.get(subgraph);
    if (existing) return existing;
    const target: MutableConversion = { subgraph, fields: [], fieldNames: new Set(), dependsOn: new Set() };
    this.targets.set(subgraph, target);
    this.require(target, this.type.keys.get(subgraph) as SelectionSetNode);
    return target;
  }

  private require(target: MutableConversion, selectionSet: SelectionSetNode): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        throw new Error(`${this.type.typeName}: fragments in key or @requires field sets are not supported in process`);
      }
      const fieldName = selection.name.value;
      if (target.fields.some((field) => field.node === selection)) continue;
      const supplier = fieldName === '__typename' ? null : this.serve(fieldName);
      if (supplier === undefined || supplier === target.subgraph) {
        throw new Error(
          `${this.type.typeName}.${fieldName}, needed by subgraph ${target.subgraph}, has no other subgraph to come from`,
        );
      }
      if (supplier !== null) target.dependsOn.add(supplier);
      target.fields.push({ node: selection, supplier });
      target.fieldNames.add(fieldName);
    }
  }
}
