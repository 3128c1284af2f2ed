import type { ConstArgumentNode, DirectiveNode } from 'graphql';

/**
 * The Federation 2 spec version every published subgraph links to. @apollo/composition 2.14
 * refuses links to later versions, so move this only together with composition.
 */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.14';

/** Directives of the federation spec a subgraph may use without a prefix once imported. */
export const FEDERATION_DIRECTIVE_NAMES: readonly string[] = [
  'authenticated',
  'composeDirective',
  'context',
  'cost',
  'external',
  'extends',
  'fromContext',
  'inaccessible',
  'interfaceObject',
  'key',
  'listSize',
  'override',
  'policy',
  'provides',
  'requires',
  'requiresScopes',
  'shareable',
  'tag',
];

const PREFIX = 'federation__';
const KNOWN = new Set(FEDERATION_DIRECTIVE_NAMES);

/**
 * The federation name of a directive, accepting the imported form (`@key`) and the namespaced
 * form (`@federation__key`) used when a directive is not listed in the `@link` import.
 */
export function federationDirectiveName(directive: DirectiveNode): string | undefined {
  const name = directive.name.value;
  if (KNOWN.has(name)) return name;
  if (name.startsWith(PREFIX) && KNOWN.has(name.slice(PREFIX.length))) return name.slice(PREFIX.length);
  return undefined;
}

export function findFederationDirectives(
  directives: readonly DirectiveNode[] | undefined,
  name: string,
): DirectiveNode[] {
  return (directives ?? []).filter((directive) => federationDirectiveName(directive) === name);
}

export function hasFederationDirective(directives: readonly DirectiveNode[] | undefined, name: string): boolean {
  return findFederationDirectives(directives, name).length > 0;
}

export function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = argument(directive, name)?.value;
  return value?.kind === 'StringValue' ? value.value : undefined;
}

export function booleanArgument(directive: DirectiveNode, name: string): boolean | undefined {
  const value = argument(directive, name)?.value;
  return value?.kind === 'BooleanValue' ? value.value : undefined;
}

function argument(directive: DirectiveNode, name: string): ConstArgumentNode | undefined {
  return (directive.arguments as readonly ConstArgumentNode[] | undefined)?.find((arg) => arg.name.value === name);
}
