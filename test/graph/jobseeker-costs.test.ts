import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { subgraphModules } from '../../src/graph';
import { mergeCosts } from '../../src/server/demand-control/cost-declarations';
import { compileCostPlan } from '../../src/server/demand-control/cost-plan';
import { evaluateCost } from '../../src/server/demand-control/evaluate-cost';
import { operation } from '../support/operations';

describe("the declared upstream cost of a job seeker's query", () => {
  it('counts one Métiers recherchés call, and per sought job (two at most) a page of offers and a tension', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
    const document = parse(operation('my-sought-jobs'));
    const query = document.definitions[0] as OperationDefinitionNode;
    const plan = compileCostPlan(schema, document, query, mergeCosts(subgraphModules.map((module) => module.costs)));
    expect(evaluateCost(plan, { first: 10 })).toMatchObject({ 'metiers-recherches': 1, offres: 2, marche: 2 });
  });
});
