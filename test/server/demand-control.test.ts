import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { subgraphModules } from '../../src/graph';
import type { SubgraphCosts } from '../../src/graph/upstream-cost';
import { mergeCosts } from '../../src/server/demand-control/cost-declarations';
import { compileCostPlan } from '../../src/server/demand-control/cost-plan';
import { evaluateCost } from '../../src/server/demand-control/evaluate-cost';
import { loadConfig } from '../../src/server/config';

/** A graph of its own, to show that the estimator follows only the declarations. */
const schema = buildSchema(`
  type Query { agencies(first: Int = 10): [Agency!]! agency(code: String!): Agency jobs(first: Int!): [Job!]! }
  type Agency { code: String! services: [Service!]! opening(day: Int): String hours(day: Int): String region: Region! }
  type Service { name: String! opening(day: Int): String }
  type Region { name: String! agencies: [Agency!]! }
  type Job { id: ID! agency: Agency }
`);

const costs: SubgraphCosts = {
  fields: {
    'Query.agencies': { api: 'agences', calls: 'wholeList', list: 'agences' },
    'Query.agency': { api: 'agences', calls: 'wholeList', list: 'agences' },
    'Agency.opening': { api: 'infotravail', calls: 'perCall' },
    'Service.opening': { api: 'infotravail', calls: 'perCall' },
    'Query.jobs': { api: 'offres', calls: 'perPage', pageSize: 50 },
    'Agency.hours': [
      { api: 'marche', calls: 'perArgumentValue', argument: 'day', list: 'hours' },
      { api: 'rome-metiers', calls: 'wholeList', list: 'calendar' },
    ],
  },
  listSizes: {
    'Query.agencies': { argument: 'first', max: 100 },
    'Agency.services': { assumed: 5 },
    'Query.jobs': { argument: 'first', max: 150 },
  },
};

function estimate(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return evaluateCost(compileCostPlan(schema, document, operation, mergeCosts([costs])), variables);
}

describe('upstream cost estimate', () => {
  test('a field not declared costs nothing', () => {
    expect(estimate('{ jobs(first: 0) { id } }')).toEqual({ offres: 1 });
  });

  test('whole lists count once per operation, however often they are used', () => {
    expect(estimate('{ agencies { code } agency(code: "x") { code } a: agency(code: "y") { code } }')).toEqual({
      agences: 1,
    });
  });

  test('perArgumentValue fields count once per distinct value of their argument, whatever the lists above', () => {
    expect(estimate('{ agencies(first: 20) { a: hours(day: 1) b: hours(day: 1) c: hours(day: 2) } }')).toEqual({
      agences: 1,
      marche: 2,
      'rome-metiers': 1,
    });
    const text = 'query ($d: Int) { agencies(first: 20) { hours(day: $d) } agency(code: "x") { hours(day: 3) } }';
    expect(estimate(text, { d: 3 }).marche).toBe(1);
    expect(estimate(text, { d: 4 }).marche).toBe(2);
  });

  test('perCall fields multiply by every list size above them, from arguments or assumed', () => {
    expect(estimate('{ agencies(first: 20) { opening services { opening } } }')).toEqual({
      agences: 1,
      infotravail: 20 + 20 * 5,
    });
  });

  test('an argument that bounds a list is read from the variables, clamped to its maximum', () => {
    const text = 'query ($n: Int) { agencies(first: $n) { opening } }';
    expect(estimate(text, { n: 3 }).infotravail).toBe(3);
    expect(estimate(text, { n: 1_000_000 }).infotravail).toBe(100);
    expect(estimate(text, { n: -5 }).infotravail ?? 0).toBe(0);
    // The schema default applies when the variable is absent.
    expect(estimate(text).infotravail).toBe(10);
  });

  test('one plan reads the values of each request: literals, variables, defaults and unreadable values', () => {
    const document = parse(
      'query ($n: Int, $d: Int) { agencies(first: $n) { opening hours(day: $d) } jobs(first: 120) { id } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const plan = compileCostPlan(schema, document, operation, mergeCosts([costs]));
    expect(evaluateCost(plan, { n: 3, d: 1 })).toMatchObject({ infotravail: 3, offres: 3, marche: 1 });
    expect(evaluateCost(plan, { n: 7, d: 1 })).toMatchObject({ infotravail: 7, offres: 3 });
    // Absent: the schema default; null: the default does not apply, so the list counts at its maximum.
    expect(evaluateCost(plan, { d: 1 }).infotravail).toBe(10);
    expect(evaluateCost(plan, { n: null, d: 1 }).infotravail).toBe(100);
    // A value the field would refuse is counted at the maximum, never under it.
    expect(evaluateCost(plan, { n: 'many', d: 1 }).infotravail).toBe(100);
    expect(evaluateCost(plan, { n: 3, d: 1 }).infotravail).toBe(3);
  });

  test('perPage fields cost one call per page of their first', () => {
    expect(estimate('{ jobs(first: 120) { id } }')).toEqual({ offres: 3 });
    expect(estimate('{ jobs(first: 120) { agency { opening } } }')).toEqual({ offres: 3, infotravail: 120 });
  });

  test('each alias counts', () => {
    expect(estimate('{ a: agency(code: "x") { opening } b: agency(code: "y") { opening } }')).toEqual({
      agences: 1,
      infotravail: 2,
    });
  });

  test('fragments count where they are spread, once per selection', () => {
    const text = `{ agencies(first: 4) { ...F ...F ... on Agency { ...F } } }
      fragment F on Agency { opening }`;
    expect(estimate(text)).toEqual({ agences: 1, infotravail: 4 });
  });

  test('the graph declares the cost of every field that calls France Travail', () => {
    const declared = mergeCosts(subgraphModules.map((module) => module.costs));
    for (const coordinate of [
      'Query.offers',
      'Query.offer',
      'Occupation.offers',
      'RomeAppellation.offers',
      'Query.occupation',
      'Query.appellation',
      'Offer.appellation',
      'RomeAppellation.competences',
      'Occupation.competences',
      'Occupation.tension',
      'RomeAppellation.tension',
      'Territory.tension',
    ])
      expect({ coordinate, declared: declared.fields.has(coordinate) }).toEqual({ coordinate, declared: true });
  });
});

describe('upstream call budget configuration', () => {
  test('defaults to each quota over 20 seconds', () => {
    const { upstreamCallBudget } = loadConfig({});
    expect(upstreamCallBudget).toMatchObject({ offres: 200, marche: 200, 'rome-metiers': 20 });
  });

  test('UPSTREAM_BUDGET_SECONDS scales every budget', () => {
    expect(loadConfig({ UPSTREAM_BUDGET_SECONDS: '5' }).upstreamCallBudget).toMatchObject({ offres: 50, marche: 50 });
  });

  test('MAX_UPSTREAM_CALLS sets one number for all, or one per API', () => {
    expect(loadConfig({ MAX_UPSTREAM_CALLS: '7' }).upstreamCallBudget).toMatchObject({ offres: 7, marche: 7 });
    expect(loadConfig({ MAX_UPSTREAM_CALLS: 'marche=500' }).upstreamCallBudget).toMatchObject({
      offres: 200,
      marche: 500,
    });
  });

  test('a budget naming an unknown API or a bad number is a start-up error', () => {
    expect(() => loadConfig({ MAX_UPSTREAM_CALLS: 'pole-emploi=5' })).toThrow(/unknown API/);
    expect(() => loadConfig({ MAX_UPSTREAM_CALLS: 'marche=-1' })).toThrow(/non-negative integers/);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/true or false/);
  });
});
