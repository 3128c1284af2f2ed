import { Kind, parse, type DirectiveNode, type DocumentNode, type SelectionSetNode } from 'graphql';

/** Federation 2 directives by the spec version that introduced them: one line per minor version, v2.0 first. */
const SINCE: Record<string, number> = Object.fromEntries(
  [
    'key external requires shareable inaccessible tag extends provides override',
    'composeDirective',
    '',
    'interfaceObject',
    '',
    'authenticated requiresScopes',
    'policy',
    '',
    'context fromContext',
    'cost listSize',
  ].flatMap((names, version) =>
    names
      .split(' ')
      .filter(Boolean)
      .map((name) => [name, version]),
  ),
);

/** What the in-process runtime does not execute. `@cost` and `@listSize` only inform routers' demand control. */
const NOT_EXECUTED = new Set(
  'provides override composeDirective interfaceObject authenticated requiresScopes policy context fromContext'.split(
    ' ',
  ),
);

/** The federation name of a directive, imported (`@key`) or namespaced (`@federation__key`); else undefined. */
export function federationName(directive: DirectiveNode): string | undefined {
  const name = directive.name.value.replace(/^federation__/, '');
  return name in SINCE ? name : undefined;
}

export function federationDirectives(
  node: { readonly directives?: readonly DirectiveNode[] },
  name: string,
): DirectiveNode[] {
  return (node.directives ?? []).filter((directive) => federationName(directive) === name);
}

export function argument(directive: DirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.BOOLEAN ? value.value : undefined;
}

/**
 * The `@link` of a subgraph using these directives (as written: `key` or `federation__key`), to the lowest spec
 * version that has them all, importing those written without the namespace. Routers accept different ranges (Hive
 * Gateway up to v2.9, @apollo/composition 2.14 up to v2.14): v2.0 suits the most.
 */
export function federationLink(written: readonly string[]): string {
  const names = written.map((name) => name.replace(/^federation__/, '')).filter((name) => name in SINCE);
  const version = Math.max(0, ...names.map((name) => SINCE[name]));
  const imports = [...new Set(written.filter((name) => name in SINCE))].sort();
  const importList = imports.map((name) => JSON.stringify(`@${name}`)).join(', ');
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.${version}", import: [${importList}])`;
}

/**
 * A `@key` or `@requires` field set as the list of its top-level field names. A `@requires` may select sub-fields:
 * the runtime then hands the owner's whole object for that field to the reference resolver (a superset of the
 * selection, as a router would send exactly the selection). Keys stay flat.
 */
export function fieldNames(fields: string, where: string, options: { subFields?: boolean } = {}): string[] {
  const [operation] = parse(`{ ${fields} }`, { noLocation: true }).definitions;
  const selections = (operation as { selectionSet: SelectionSetNode }).selectionSet.selections;
  return selections.map((selection) => {
    if (selection.kind !== Kind.FIELD || (selection.selectionSet && !options.subFields)) {
      throw new Error(`${where}: the field set "${fields}" selects sub-fields or fragments; ${REFUSED}`);
    }
    return selection.name.value;
  });
}

const REFUSED = 'this federation runtime does not execute it (see src/federation/README.md)';

/**
 * Refuses, with an error naming the subgraph and the place, what the in-process runtime would execute differently
 * from a router: directives outside the subset, compound or multiple keys, entity interfaces and unions.
 */
export function assertExecutableSubset(subgraph: string, document: DocumentNode): void {
  const refuse = (what: string) => new Error(`Subgraph ${subgraph}: ${what}; ${REFUSED}`);
  const entities = new Set<string>();
  for (const definition of document.definitions) {
    if (!('fields' in definition) || !('name' in definition)) continue;
    const typeName = definition.name.value;
    const keys = federationDirectives(definition, 'key');
    if (keys.length > 0) entities.add(typeName);
    if (keys.length > 0 && definition.kind !== Kind.OBJECT_TYPE_DEFINITION)
      throw refuse(`entity interface ${typeName}`);
    if (keys.length > 1) throw refuse(`${typeName} has several @key`);
    if (keys.length > 0 && 'interfaces' in definition && definition.interfaces?.length)
      throw refuse(`entity ${typeName} implements an interface`);
    for (const key of keys) {
      if (fieldNames(String(argument(key, 'fields')), `Subgraph ${subgraph}, @key of ${typeName}`).length > 1) {
        throw refuse(`${typeName} has a compound @key`);
      }
    }
    const fields = definition.fields ?? [];
    for (const node of [
      definition,
      ...fields,
      ...fields.flatMap((field) => ('arguments' in field ? (field.arguments ?? []) : [])),
    ]) {
      const place = node === definition ? typeName : `${typeName}.${node.name.value}`;
      for (const directive of node.directives ?? []) {
        const name = federationName(directive);
        if (name && NOT_EXECUTED.has(name)) throw refuse(`@${name} on ${place}`);
        if (name === 'requires')
          fieldNames(String(argument(directive, 'fields')), `Subgraph ${subgraph}, ${place}`, { subFields: true });
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.UNION_TYPE_DEFINITION) continue;
    const entity = definition.types?.find((member) => entities.has(member.name.value));
    if (entity) throw refuse(`entity ${entity.name.value} in the union ${definition.name.value}`);
  }
}
