import type { FieldCost, SubgraphCosts } from '../upstream-cost';

/** One Marché call per distinct (territory, occupation, indicator) reaching the field. */
const indicator: FieldCost = { api: 'marche', calls: 'perCall' };

const referential = (list: string): FieldCost => ({ api: 'marche', calls: 'wholeList', list: `marche:${list}` });

/** The indicator catalogue (`marketIndicators`' list), read before salaries to check the territory's level. */
const catalogue = referential('details-indicateurs');

/**
 * Salaries come one call per territory for every occupation: `Territory.salaries` is one call per territory,
 * whatever the number of occupations, which `perCall` expresses. `salary` on an occupation takes the territory as
 * an argument, so N occupations asked for one territory share one call: one per distinct territory argument.
 */
/** Salaries of a territory the parent names (a territory, a sought job's place): one call per parent at most. */
export const salariesOfParent: FieldCost[] = [{ api: 'marche', calls: 'perCall' }, catalogue];

const salariesByTerritory: FieldCost[] = [
  { api: 'marche', calls: 'perArgumentValue', argument: 'territory', list: 'marche:salaires' },
  catalogue,
];

const HOSTS = ['Territory', 'Occupation', 'RomeAppellation'];
const PER_OCCUPATION = ['tension', 'tensions', 'jobSeekers', 'newRegistrations', 'registeredOffers', 'hires'];

/**
 * Indicator fields also read the indicator catalogue (`marketIndicators`' list) to validate their arguments; that
 * whole list is one call per cache lifetime, shared by every field and not repeated here.
 */
export const marketCosts: SubgraphCosts = {
  fields: {
    ...Object.fromEntries(HOSTS.flatMap((host) => PER_OCCUPATION.map((field) => [`${host}.${field}`, indicator]))),
    'Territory.dynamism': indicator,
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
    ...Object.fromEntries(
      HOSTS.flatMap((host) =>
        ['jobSeekers', 'newRegistrations', 'registeredOffers', 'hires'].map((field) => [
          `${host}.${field}`,
          { assumed: 12 },
        ]),
      ),
    ),
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
