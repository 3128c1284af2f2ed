import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBundledReferential } from '../src/sandbox/referential/bundled';
import type { GraphqlRequest } from './support/graphql-post';

/**
 * The three benchmark workloads, as the requests a client sends. Every code comes from the bundled sandbox
 * dataset (checked when the workloads are built); offer ids are discovered at run time (`discoverOfferIds`).
 */

export type WorkloadName = 'Q1' | 'Q2' | 'Q3';

export interface Workload {
  name: WorkloadName;
  description: string;
  requests: GraphqlRequest[];
  /** Q3 is a BFF's batch: its requests leave together. Q1 and Q2 are one request each. */
  concurrent: boolean;
}

/** What the workloads need that only a running sandbox knows. */
export interface WorkloadSeed {
  /** At least three ids of offers published in the sandbox. */
  offerIds: string[];
}

/** Where to find France Travail (the sandbox) to discover the seed. */
export interface SeedSource {
  tokenUrl: string;
  /** e.g. http://127.0.0.1:4010/partenaire */
  apiBaseUrl: string;
  credentials: { clientId: string; clientSecret: string };
}

export const Q1_VARIABLES = { departement: '35', romeCodes: ['M1805', 'M1811'], first: 150 } as const;
export const Q2_OCCUPATION = 'M1805';

/** The 13 régions of metropolitan France (INSEE codes). */
export const METROPOLITAN_REGIONS = [
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
] as const;

/** ROME code sets for Q1 rotations: related occupations a job board would show together. */
const Q1_ROME_SETS: string[][] = [
  ['M1805', 'M1811'],
  ['M1805', 'M1855'],
  ['G1609', 'G1803'],
  ['J1501', 'J1506'],
  ['N1101', 'N1103'],
  ['D1102'],
  ['F1603', 'F1703'],
  ['M1203'],
  ['K2204', 'K2205'],
  ['N4101'],
];

/** Populous départements of several régions. */
const DEPARTEMENTS = ['35', '44', '69', '75', '33', '31', '13', '59', '67', '34', '29', '38'];

/** Their prefectures (INSEE commune codes), for commune-level requests. */
const COMMUNES = ['35238', '44109', '69123', '75056', '33063', '31555', '13055', '59350', '67482', '34172'];

/** Single occupations for Q3 rotations. */
const OCCUPATIONS = ['M1805', 'M1811', 'G1609', 'J1506', 'N1101', 'D1102', 'M1203', 'J1501', 'F1703', 'K2204'];

export function q1(): Workload {
  return {
    name: 'Q1',
    description:
      'Core traversal: 150 offers in département 35 for ROME M1805 + M1811, each with its appellation, the competences, ' +
      'the tension in the département and its territory (test/operations/jobs-near-me.graphql).',
    requests: [
      { query: operation('jobs-near-me'), variables: { ...Q1_VARIABLES, romeCodes: [...Q1_VARIABLES.romeCodes] } },
    ],
    concurrent: false,
  };
}

/**
 * One request with two aliased fields per région, as a client would write a "this occupation across France" page:
 * the 13 answers land in one response and the page renders once.
 */
export function q2(occupation: string = Q2_OCCUPATION): Workload {
  checkOccupations([occupation]);
  const perRegion = METROPOLITAN_REGIONS.map(
    (code) =>
      `    tension${code}: tension(territory: { type: REGION, code: "${code}" }) { year level label territory { code name } }\n` +
      `    offers${code}: offers(territory: { type: REGION, code: "${code}" }, first: 0) { totalCount }`,
  ).join('\n');
  return {
    name: 'Q2',
    description: `Occupation-centric: ${occupation} across the 13 metropolitan régions, tension and offer count per région (one request, aliases per région).`,
    requests: [
      {
        query: `query OccupationAcrossRegions($code: String!) {\n  occupation(code: $code) {\n    code\n    label\n${perRegion}\n  }\n}`,
        variables: { code: occupation },
      },
    ],
    concurrent: false,
  };
}

/** Twenty different small requests sent together, as a BFF assembling several screens would. */
export function q3(seed: WorkloadSeed): Workload {
  return {
    name: 'Q3',
    description:
      'Mixed batch: 20 different small requests sent concurrently (offer by id, occupation by code, appellation with its ' +
      'competences, territory with its départements, tensions, small searches…).',
    requests: Q3_TEMPLATES.map((template) => template(pickerFor(0, seed))),
    concurrent: true,
  };
}

export function workloads(seed: WorkloadSeed): Workload[] {
  return [q1(), q2(), q3(seed)];
}

/** `n` Q1 requests whose (département, ROME codes) pairs all differ for the first 120, so in-flight sharing does not flatter them. */
export function variedQ1(n: number): GraphqlRequest[] {
  const query = operation('jobs-near-me');
  checkOccupations(Q1_ROME_SETS.flat());
  return Array.from({ length: n }, (_, i) => {
    const departement = DEPARTEMENTS[i % DEPARTEMENTS.length];
    const romeCodes = Q1_ROME_SETS[(i + Math.floor(i / DEPARTEMENTS.length)) % Q1_ROME_SETS.length];
    return { query, variables: { departement, romeCodes: [...romeCodes], first: Q1_VARIABLES.first } };
  });
}

/** `n` Q3-style requests: the 20 templates in turn, each round with other codes, territories and offer ids. */
export function variedQ3(n: number, seed: WorkloadSeed): GraphqlRequest[] {
  return Array.from({ length: n }, (_, i) => {
    const template = Q3_TEMPLATES[i % Q3_TEMPLATES.length];
    return template(pickerFor(Math.floor(i / Q3_TEMPLATES.length), seed));
  });
}

/**
 * Offer ids published in the sandbox, read straight from its Offres API (one token and one search), so that the
 * graph under measurement stays cold. Callers reset the sandbox counters afterwards.
 */
export async function discoverOfferIds(source: SeedSource, count = 6): Promise<WorkloadSeed> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: source.credentials.clientId,
    client_secret: source.credentials.clientSecret,
    scope: 'api_offresdemploiv2 o2dsoffre',
  });
  const tokenAnswer = await fetch(source.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  });
  if (tokenAnswer.status !== 200)
    throw new Error(`Seed discovery: the token endpoint answered HTTP ${tokenAnswer.status}`);
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  // Another département and occupations than Q1's, so the seed says nothing about Q1's own pages.
  const url = `${source.apiBaseUrl.replace(/\/+$/, '')}/offresdemploi/v2/offres/search?departement=44&codeROME=M1805,G1609&range=0-49`;
  const answer = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (answer.status !== 200 && answer.status !== 206)
    throw new Error(`Seed discovery: the offers search answered HTTP ${answer.status}`);
  const ids = ((await answer.json()) as { resultats?: { id: string }[] }).resultats?.map((offer) => offer.id) ?? [];
  // Spread over the page rather than the first few, which a search of the same criteria would share.
  const step = Math.max(1, Math.floor(ids.length / count));
  const offerIds = ids.filter((_, i) => i % step === 0).slice(0, count);
  if (offerIds.length < 3)
    throw new Error(`Seed discovery: the sandbox published only ${ids.length} matching offers; at least 3 are needed.`);
  return { offerIds };
}

// ---------------------------------------------------------------------------------------------------------------
// Q3 templates

/** Picks the `k`-th value of a rotation list for one template in one round. */
interface Picker {
  pick<T>(list: readonly T[], k?: number): T;
  offerId(k?: number): string;
  principalAppellation(romeCode: string): string;
}

function pickerFor(round: number, seed: WorkloadSeed): Picker {
  return {
    pick: (list, k = 0) => list[(round + k) % list.length],
    offerId: (k = 0) => seed.offerIds[(round * 3 + k) % seed.offerIds.length],
    principalAppellation,
  };
}

const territory = (type: string, code: string) => ({ type, code });

const Q3_TEMPLATES: ((p: Picker) => GraphqlRequest)[] = [
  (p) => ({
    query: 'query OfferCard($id: ID!) { offer(id: $id) { id title contract { type label } location { label } } }',
    variables: { id: p.offerId(0) },
  }),
  (p) => ({
    query:
      'query OfferAppellation($id: ID!) { offer(id: $id) { id title romeCode appellation { code label occupation { code label } } appellationMatch { method reason } } }',
    variables: { id: p.offerId(1) },
  }),
  (p) => ({
    query:
      'query OccupationCard($code: String!) { occupation(code: $code) { code label appellations { code label } } }',
    variables: { code: p.pick(OCCUPATIONS, 0) },
  }),
  (p) => ({
    query:
      'query OccupationCompetences($code: String!) { occupation(code: $code) { code label competences { code label kind } } }',
    variables: { code: p.pick(OCCUPATIONS, 1) },
  }),
  (p) => ({
    query:
      'query AppellationCompetences($code: String!) { appellation(code: $code) { code label competences { code label kind } } }',
    variables: { code: p.principalAppellation(p.pick(OCCUPATIONS, 1)) },
  }),
  (p) => ({
    query:
      'query AppellationOccupation($code: String!) { appellation(code: $code) { code label occupation { code label } } }',
    variables: { code: p.principalAppellation(p.pick(OCCUPATIONS, 2)) },
  }),
  (p) => ({
    query:
      'query RegionDepartements($code: String!) { territory(type: REGION, code: $code) { code name departements { code name } } }',
    variables: { code: p.pick(METROPOLITAN_REGIONS, 7) },
  }),
  (p) => ({
    query:
      'query DepartementRegion($code: String!) { territory(type: DEPARTEMENT, code: $code) { code name region { code name } } }',
    variables: { code: p.pick(DEPARTEMENTS, 0) },
  }),
  (p) => ({
    query: operation('region-overview'),
    variables: { code: p.pick(METROPOLITAN_REGIONS, 7), occupation: p.pick(OCCUPATIONS, 0) },
  }),
  (p) => ({
    query: operation('occupation-overview'),
    variables: { code: p.pick(OCCUPATIONS, 1), territory: territory('DEPARTEMENT', p.pick(DEPARTEMENTS, 0)) },
  }),
  (p) => ({
    query:
      'query OccupationTension($code: String!, $territory: TerritoryInput!) { occupation(code: $code) { code label tension(territory: $territory) { year level label } } }',
    variables: { code: p.pick(OCCUPATIONS, 3), territory: territory('REGION', p.pick(METROPOLITAN_REGIONS, 0)) },
  }),
  (p) => ({
    query:
      'query SmallSearch($departement: String!, $romeCodes: [String!]!) { offers(filter: { departement: $departement, romeCodes: $romeCodes }, first: 5) { totalCount edges { node { id title location { label } } } } }',
    variables: { departement: p.pick(DEPARTEMENTS, 2), romeCodes: [p.pick(OCCUPATIONS, 2)] },
  }),
  (p) => ({
    query:
      'query OfferCount($region: String!, $romeCodes: [String!]!) { offers(filter: { region: $region, romeCodes: $romeCodes }, first: 0) { totalCount } }',
    variables: { region: p.pick(METROPOLITAN_REGIONS, 10), romeCodes: [p.pick(OCCUPATIONS, 7)] },
  }),
  (p) => ({
    query:
      'query CommuneCard($code: String!) { territory(type: COMMUNE, code: $code) { code name departement { code name } region { code name } } }',
    variables: { code: p.pick(COMMUNES, 0) },
  }),
  () => ({ query: 'query Regions { regions { code name } }', variables: {} }),
  (p) => ({
    query:
      'query NationalTension($code: String!) { occupation(code: $code) { code tension(territory: { type: NATION, code: "FR" }) { year level label } } }',
    variables: { code: p.pick(OCCUPATIONS, 5) },
  }),
  (p) => ({
    query:
      'query OfferCompetences($id: ID!) { offer(id: $id) { id appellation { code label competences { code label } } } }',
    variables: { id: p.offerId(2) },
  }),
  (p) => ({
    query:
      'query AppellationTension($code: String!, $territory: TerritoryInput!) { appellation(code: $code) { code label occupation { code } tension(territory: $territory) { year level label } } }',
    variables: {
      code: p.principalAppellation(p.pick(OCCUPATIONS, 4)),
      territory: territory('DEPARTEMENT', p.pick(DEPARTEMENTS, 4)),
    },
  }),
  (p) => ({
    query:
      'query DepartementTension($code: String!, $occupation: String!) { territory(type: DEPARTEMENT, code: $code) { code name tension(occupation: $occupation) { year level label } } }',
    variables: { code: p.pick(DEPARTEMENTS, 1), occupation: p.pick(OCCUPATIONS, 4) },
  }),
  (p) => ({
    query:
      'query SearchWithAppellations($departement: String!, $romeCodes: [String!]!) { offers(filter: { departement: $departement, romeCodes: $romeCodes }, first: 10) { totalCount edges { node { id title romeCode appellation { code label } } } } }',
    variables: { departement: p.pick(DEPARTEMENTS, 3), romeCodes: [p.pick(OCCUPATIONS, 0)] },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Dataset checks and shared operations

let datasetIndex: { romeCodes: Set<string>; principal: Map<string, string> } | undefined;

function dataset() {
  if (!datasetIndex) {
    const referential = loadBundledReferential();
    const principal = new Map<string, string>();
    for (const appellation of referential.appellations) {
      if (appellation.classification === 'PRINCIPALE' && !principal.has(appellation.codeRome))
        principal.set(appellation.codeRome, appellation.code);
    }
    datasetIndex = { romeCodes: new Set(referential.fiches.map((fiche) => fiche.code)), principal };
    checkOccupations([...OCCUPATIONS, ...Q1_ROME_SETS.flat(), ...Q1_VARIABLES.romeCodes]);
  }
  return datasetIndex;
}

function checkOccupations(codes: readonly string[]): void {
  const known = dataset().romeCodes;
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length)
    throw new Error(`Workload ROME codes absent from the sandbox dataset: ${[...new Set(missing)].join(', ')}`);
}

function principalAppellation(romeCode: string): string {
  const code = dataset().principal.get(romeCode);
  if (!code) throw new Error(`The sandbox dataset has no principal appellation for ${romeCode}`);
  return code;
}

/** The operations shared with the tests and the README (test/operations/*.graphql). */
function operation(name: string): string {
  const candidates = [path.resolve(__dirname, '../test/operations'), path.resolve(__dirname, '../../test/operations')];
  const directory = candidates.find((candidate) => existsSync(path.join(candidate, `${name}.graphql`)));
  if (!directory) throw new Error(`Operation ${name}.graphql not found under test/operations`);
  return readFileSync(path.join(directory, `${name}.graphql`), 'utf8');
}
