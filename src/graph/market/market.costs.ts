import type { FieldCost, SubgraphCosts } from '../upstream-cost';

const referential = (list: string): FieldCost => ({ api: 'marche', calls: 'wholeList', list: `marche:${list}` });

/**
 * The indicator catalogue (`marketIndicators`' list): quarterly figures and salaries read it first to check the
 * territory's level, one call per cache lifetime shared by every field.
 */
const catalogue = referential('details-indicateurs');

/** One Marché call per distinct (territory, occupation) reaching a tension field. */
const tension: FieldCost = { api: 'marche', calls: 'perCall' };

/** One Marché call per distinct (territory, occupation, indicator) reaching the field, after the catalogue. */
const quarterlyFigures: FieldCost[] = [{ api: 'marche', calls: 'perCall' }, catalogue];

/**
 * Salaries come one call per territory for every occupation. `Territory.salaries`, and a sought job's salary at
 * its own place, cost one call per parent at most. `salary` on an occupation takes the territory as an argument,
 * so N occupations asked for one territory share one call: one per distinct territory argument.
 */
export const salariesOfParent: FieldCost[] = [{ api: 'marche', calls: 'perCall' }, catalogue];
const salariesByTerritory: FieldCost[] = [
  { api: 'marche', calls: 'perArgumentValue', argument: 'territory', list: 'marche:salaires' },
  catalogue,
];

const HOSTS = ['Territory', 'Occupation', 'RomeAppellation'];
const QUARTERLY = ['jobSeekers', 'newRegistrations', 'registeredOffers', 'hires'];

export const marketCosts: SubgraphCosts = {
  fields: {
    ...Object.fromEntries(
      HOSTS.flatMap((host) => ['tension', 'tensions'].map((field) => [`${host}.${field}`, tension])),
    ),
    ...Object.fromEntries(HOSTS.flatMap((host) => QUARTERLY.map((field) => [`${host}.${field}`, quarterlyFigures]))),
    'Territory.dynamism': quarterlyFigures,
    'Territory.salaries': salariesOfParent,
    'Occupation.salary': salariesByTerritory,
    'RomeAppellation.salary': salariesByTerritory,
    'Query.marketTerritoryLevels': referential('type-territoires'),
    'Query.marketTerritories': referential('territoires'),
    'Query.marketActivities': referential('activites'),
    'Query.marketNomenclature': referential('nomenclatures'),
    'Query.marketPeriods': referential('periodes'),
    'Query.marketIndicators': catalogue,
  },
  listSizes: {
    // Each figures list holds the latest quarter, or the quarters of the asked range (three years published).
    ...Object.fromEntries(HOSTS.flatMap((host) => QUARTERLY.map((field) => [`${host}.${field}`, { assumed: 12 }]))),
    'Territory.dynamism': { assumed: 12 },
    ...Object.fromEntries(HOSTS.map((host) => [`${host}.tensions`, { assumed: 5 }])),
    'Query.regions': { assumed: 18 },
    // Occitanie has 13 départements; the nation 101.
    'Territory.departements': { assumed: 101 },
    // Pas-de-Calais has about 890 communes.
    'Territory.communes': { assumed: 900 },
    'Territory.postalCodes': { assumed: 1 },
    'Territory.salaries': { argument: 'occupations', max: 100 },
    'Territory.bassins': { assumed: 40 },
    'Query.marketTerritories': { assumed: 410 },
    'Query.marketActivities': { assumed: 1911 },
  },
};
