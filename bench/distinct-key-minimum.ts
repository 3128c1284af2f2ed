import {
  Kind,
  parse,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { territoryDirectory } from '../src/graph/territory/territory-directory';
import type { GraphqlRequest } from './support/graphql-post';

/**
 * The fewest France Travail calls that can answer a set of responses, read from the responses themselves (with the
 * requests that produced them): a call per distinct upstream key that the returned data needed.
 *
 *   tokens = number of scope sets used (offres, ROME métiers, ROME fiches métiers, Marché du travail): one token each
 *   calls  = distinct Offres pages (criteria + range) + distinct offers fetched by id
 *          + 1 ROME métiers whole list if any occupation / appellation field is answered
 *          + 1 ROME fiches métiers whole list if any occupation / appellation `competences` is answered
 *          + 1 Marché call per distinct (occupation, Marché territory) among the `tension` fields answered
 *            (a commune is answered at its département, as Marché du travail serves no finer level)
 *
 * Each key also remembers which earlier call revealed what it needs (e.g. an offer's appellation, hence its tension,
 * is known once the offers page and the métiers list have answered), which is what the quota floor schedules.
 */

export type UpstreamApi = 'offres' | 'rome-metiers' | 'rome-fiches-metiers' | 'marche';

export interface UpstreamKey {
  id: string;
  api: UpstreamApi;
  /**
   * For each place the key is needed, the call whose answer made it known (null: known from the request alone).
   * The call can start as soon as the earliest of these has answered.
   */
  revealedBy: (string | null)[];
}

export interface DistinctKeyMinimum {
  tokens: number;
  /** Scope sets used, by API. */
  scopeSets: UpstreamApi[];
  calls: number;
  callsByApi: Record<UpstreamApi, number>;
  keys: UpstreamKey[];
}

export interface AnsweredRequest {
  request: GraphqlRequest;
  /** The `data` of the response. */
  data: unknown;
}

export function distinctKeyMinimum(answers: AnsweredRequest[]): DistinctKeyMinimum {
  const keys = new Map<string, UpstreamKey>();
  const need = (api: UpstreamApi, id: string, revealedBy: string | null) => {
    // A whole ROME list names nothing: it waits for the offers that asked for it, never for the other list.
    if ((id === METIERS || id === FICHES) && (revealedBy === METIERS || revealedBy === FICHES)) revealedBy = null;
    const key = keys.get(id) ?? { id, api, revealedBy: [] };
    if (!key.revealedBy.includes(revealedBy)) key.revealedBy.push(revealedBy);
    keys.set(id, key);
    return id;
  };
  for (const answer of answers) new ResponseWalk(answer.request, need).walkRoot(answer.data);

  const callsByApi: Record<UpstreamApi, number> = { offres: 0, 'rome-metiers': 0, 'rome-fiches-metiers': 0, marche: 0 };
  for (const key of keys.values()) callsByApi[key.api] += 1;
  const scopeSets = (Object.keys(callsByApi) as UpstreamApi[]).filter((api) => callsByApi[api] > 0);
  return {
    tokens: scopeSets.length,
    scopeSets,
    calls: keys.size,
    callsByApi,
    keys: [...keys.values()],
  };
}

// ---------------------------------------------------------------------------------------------------------------

type Need = (api: UpstreamApi, id: string, revealedBy: string | null) => string;
type Territory = { type: string; code: string };
type Json = Record<string, any>;

const METIERS = 'rome-metiers:list';
const FICHES = 'rome-fiches-metiers:list';

/** What a value in the response is, and what is known about it while walking. */
type Node =
  | { kind: 'Query' }
  | { kind: 'OfferConnection'; revealedBy: string | null }
  | { kind: 'OfferEdge'; revealedBy: string | null }
  | { kind: 'Offer'; revealedBy: string | null }
  | { kind: 'OfferLocation'; revealedBy: string | null }
  | { kind: 'Occupation'; code: string | null; revealedBy: string | null }
  | { kind: 'RomeAppellation'; occupationCode: string | null; revealedBy: string | null }
  | { kind: 'Territory'; territory: Territory | null; revealedBy: string | null }
  | { kind: 'Tension'; revealedBy: string | null }
  | { kind: 'Leaf' };

class ResponseWalk {
  private readonly operation: OperationDefinitionNode;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly variables: Json;

  constructor(
    request: GraphqlRequest,
    private readonly need: Need,
  ) {
    const document = parse(request.query);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1) throw new Error('distinctKeyMinimum expects one operation per request');
    this.operation = operations[0];
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    this.variables = { ...(request.variables ?? {}) };
    for (const definition of this.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (this.variables[name] === undefined && definition.defaultValue)
        this.variables[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }

  walkRoot(data: unknown): void {
    if (data && typeof data === 'object') this.walkObject(this.operation.selectionSet, data as Json, { kind: 'Query' });
  }

  private walkObject(selectionSet: SelectionSetNode, data: Json, node: Node): void {
    for (const field of this.fieldsOf(selectionSet)) {
      const value = data[field.alias?.value ?? field.name.value];
      const child = this.visit(field, value, data, node);
      if (!field.selectionSet || value === null || value === undefined) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) => {
        if (item && typeof item === 'object')
          this.walkObject(field.selectionSet!, item, typeof child === 'function' ? child(item, i) : child);
      });
    }
  }

  /** Records the upstream keys a field needed and says what its value is. */
  private visit(
    field: FieldNode,
    value: unknown,
    parent: Json,
    node: Node,
  ): Node | ((item: Json, index: number) => Node) {
    const name = field.name.value;
    const args = this.argumentsOf(field);
    const need = this.need;
    if (name === '__typename') return { kind: 'Leaf' };
    switch (node.kind) {
      case 'Query':
        switch (name) {
          case 'offers': {
            const search = need(
              'offres',
              searchKey(filterCriteria(args.filter ?? {}), args.first ?? 20, args.after),
              null,
            );
            return { kind: 'OfferConnection', revealedBy: search };
          }
          case 'offer':
            return {
              kind: 'Offer',
              revealedBy: need('offres', `offres:offer:${String(args.id).trim().toUpperCase()}`, null),
            };
          case 'occupation':
            // The occupation exists, and its fields run, only once the métiers list says the code is known
            // (an unknown code answers null with NOT_FOUND and triggers no further call).
            return {
              kind: 'Occupation',
              code: String(args.code).trim().toUpperCase(),
              revealedBy: need('rome-metiers', METIERS, null),
            };
          case 'appellation':
            // The appellation's occupation is read from the métiers list.
            return { kind: 'RomeAppellation', occupationCode: null, revealedBy: need('rome-metiers', METIERS, null) };
          case 'territory':
            return {
              kind: 'Territory',
              territory: { type: args.type, code: String(args.code).trim().toUpperCase() },
              revealedBy: null,
            };
          case 'regions':
            return (item) => ({ kind: 'Territory', territory: territoryOf(item, 'REGION'), revealedBy: null });
          default:
            return { kind: 'Leaf' };
        }
      case 'OfferConnection':
        return name === 'edges'
          ? { kind: 'OfferEdge', revealedBy: node.revealedBy }
          : name === 'nodes'
            ? { kind: 'Offer', revealedBy: node.revealedBy }
            : { kind: 'Leaf' };
      case 'OfferEdge':
        return name === 'node' ? { kind: 'Offer', revealedBy: node.revealedBy } : { kind: 'Leaf' };
      case 'Offer':
        switch (name) {
          case 'appellation':
          case 'appellationMatch': {
            // An offer's appellation is known only once its label is matched against the métiers list, so what
            // hangs below it (its tension, its competences) waits for that list.
            const metiers = need('rome-metiers', METIERS, node.revealedBy);
            return (item) => ({
              kind: 'RomeAppellation',
              occupationCode: parent.romeCode ?? item.occupation?.code ?? item.occupationCode ?? null,
              revealedBy: metiers,
            });
          }
          case 'occupation':
            return {
              kind: 'Occupation',
              code: (value as Json | null)?.code ?? parent.romeCode ?? null,
              revealedBy: node.revealedBy,
            };
          case 'location':
            return { kind: 'OfferLocation', revealedBy: node.revealedBy };
          default:
            return { kind: 'Leaf' };
        }
      case 'OfferLocation':
        return name === 'territory'
          ? (item) => ({ kind: 'Territory', territory: territoryOf(item, 'COMMUNE'), revealedBy: node.revealedBy })
          : { kind: 'Leaf' };
      case 'Occupation':
        switch (name) {
          case 'code':
            return { kind: 'Leaf' };
          case 'competences':
            need('rome-fiches-metiers', FICHES, node.revealedBy);
            return { kind: 'Leaf' };
          case 'tension':
            need('marche', tensionKey(requireCode(node.code, field), args.territory), node.revealedBy);
            return { kind: 'Tension', revealedBy: node.revealedBy };
          case 'offers': {
            const criteria = { ...territoryCriteria(args.territory), codeROME: [requireCode(node.code, field)] };
            return {
              kind: 'OfferConnection',
              revealedBy: need('offres', searchKey(criteria, args.first ?? 10, args.after), node.revealedBy),
            };
          }
          case 'appellations':
            need('rome-metiers', METIERS, node.revealedBy);
            return { kind: 'RomeAppellation', occupationCode: node.code, revealedBy: node.revealedBy };
          default:
            need('rome-metiers', METIERS, node.revealedBy);
            return { kind: 'Leaf' };
        }
      case 'RomeAppellation':
        switch (name) {
          case 'competences':
            need('rome-fiches-metiers', FICHES, node.revealedBy);
            return { kind: 'Leaf' };
          case 'tension': {
            const code = node.occupationCode ?? parent.occupation?.code ?? parent.occupationCode ?? null;
            need('marche', tensionKey(requireCode(code, field), args.territory), node.revealedBy);
            return { kind: 'Tension', revealedBy: node.revealedBy };
          }
          case 'offers': {
            // One Offres search by appellation code per page, full offers included.
            const criteria = { appellation: requireCode(parent.code ?? null, field) };
            return {
              kind: 'OfferConnection',
              revealedBy: need('offres', searchKey(criteria, args.first ?? 10, args.after), node.revealedBy),
            };
          }
          case 'occupation':
            need('rome-metiers', METIERS, node.revealedBy);
            return (item) => ({
              kind: 'Occupation',
              code: item.code ?? node.occupationCode,
              revealedBy: node.revealedBy,
            });
          default:
            need('rome-metiers', METIERS, node.revealedBy);
            return { kind: 'Leaf' };
        }
      case 'Territory':
        switch (name) {
          case 'tension':
            need(
              'marche',
              tensionKey(String(args.occupation).trim().toUpperCase(), requireTerritory(node.territory, field)),
              node.revealedBy,
            );
            return { kind: 'Tension', revealedBy: node.revealedBy };
          case 'region':
            return (item) => ({
              kind: 'Territory',
              territory: territoryOf(item, 'REGION'),
              revealedBy: node.revealedBy,
            });
          case 'departement':
          case 'departements':
            return (item) => ({
              kind: 'Territory',
              territory: territoryOf(item, 'DEPARTEMENT'),
              revealedBy: node.revealedBy,
            });
          default:
            return { kind: 'Leaf' };
        }
      case 'Tension':
        return name === 'territory'
          ? (item) => ({ kind: 'Territory', territory: territoryOf(item, null), revealedBy: node.revealedBy })
          : { kind: 'Leaf' };
      default:
        return { kind: 'Leaf' };
    }
  }

  private fieldsOf(selectionSet: SelectionSetNode): FieldNode[] {
    const fields: FieldNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...this.fieldsOf(selection.selectionSet));
      else {
        const fragment = this.fragments.get(selection.name.value);
        if (fragment) fields.push(...this.fieldsOf(fragment.selectionSet));
      }
    }
    return fields;
  }

  private argumentsOf(field: FieldNode): Json {
    return Object.fromEntries(
      (field.arguments ?? []).map((argument) => [
        argument.name.value,
        valueFromASTUntyped(argument.value, this.variables),
      ]),
    );
  }
}

/** Offres v2 criteria as the upstream sees them, in one canonical form. */
function filterCriteria(filter: Json): Json {
  const criteria: Json = {};
  if (filter.romeCodes?.length)
    criteria.codeROME = [...new Set<string>(filter.romeCodes.map((code: string) => code.trim().toUpperCase()))];
  const departements = [filter.departement, ...(filter.departements ?? [])].filter(Boolean);
  if (departements.length)
    criteria.departement = [...new Set(departements.map((code: string) => code.trim().toUpperCase()))];
  if (filter.region) criteria.region = filter.region;
  if (filter.commune) criteria.commune = [filter.commune];
  for (const other of ['distanceKm', 'contractTypes', 'keywords', 'publishedWithinDays'])
    if (filter[other] !== undefined) criteria[other] = filter[other];
  return criteria;
}

function territoryCriteria(territory: Territory | null | undefined): Json {
  if (!territory || territory.type === 'NATION') return {};
  if (territory.type === 'REGION') return { region: territory.code };
  if (territory.type === 'DEPARTEMENT') return { departement: [territory.code] };
  return { commune: [territory.code] };
}

function searchKey(criteria: Json, first: number, after: string | null | undefined): string {
  const offset = after ? Number(/^offer:(\d+)$/.exec(Buffer.from(after, 'base64url').toString())?.[1] ?? 0) + 1 : 0;
  const canonical = Object.fromEntries(
    Object.keys(criteria)
      .sort()
      .map((name) => [name, Array.isArray(criteria[name]) ? [...criteria[name]].sort() : criteria[name]]),
  );
  return `offres:search:${JSON.stringify(canonical)}:${offset}-${offset + Math.max(first, 1) - 1}`;
}

/** Marché du travail serves the nation, régions and départements; a commune's figures are its département's. */
function tensionKey(romeCode: string, territory: Territory): string {
  const code = territory.code.trim().toUpperCase();
  switch (territory.type) {
    case 'NATION':
      return `marche:tension:${romeCode}|NAT:FR`;
    case 'REGION':
      return `marche:tension:${romeCode}|REG:${code}`;
    case 'DEPARTEMENT':
      return `marche:tension:${romeCode}|DEP:${code}`;
    case 'COMMUNE': {
      const departement = territoryDirectory.get('COMMUNE', code)?.departementCode;
      if (!departement) throw new Error(`Unknown commune ${code}`);
      return `marche:tension:${romeCode}|DEP:${departement}`;
    }
    default:
      throw new Error(`Unknown territory type ${territory.type}`);
  }
}

function territoryOf(item: Json, type: string | null): Territory | null {
  if (typeof item.id === 'string' && item.id.includes(':')) {
    const [idType, code] = item.id.split(':');
    return { type: idType, code };
  }
  const resolvedType = type ?? item.type;
  return resolvedType && item.code ? { type: resolvedType, code: item.code } : null;
}

function requireCode(code: string | null, field: FieldNode): string {
  if (!code)
    throw new Error(
      `distinctKeyMinimum: select the occupation or appellation code near "${field.name.value}" so the minimum can be read from the response`,
    );
  return code;
}

function requireTerritory(territory: Territory | null, field: FieldNode): Territory {
  if (!territory) throw new Error(`distinctKeyMinimum: select the territory's id or code near "${field.name.value}"`);
  return territory;
}
