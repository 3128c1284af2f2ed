import { publishedFor } from '../../graph/territory/published-territory';
import type { TerritoryRecord } from '../../graph/territory/territory-directory';
import type { IndicatorCode, OffresReferentialName, RequestScope, Upstream, UpstreamApi } from '../../upstream';
import { referentialSchemas } from '../../upstream/offres/schemas';
import type { ReferentialFamily, WarmIndicator, WarmPlan } from './warm-plan';

/** One cache entry to load: at most one upstream call, none when the entry is already fresh in the shared cache. */
export interface WarmTask {
  api: UpstreamApi;
  /** What it loads, for logs: `PERSP_2 DEP 75 M1805`. */
  label: string;
  run(upstream: Upstream, scope: RequestScope): Promise<unknown>;
}

/** The nomenclatures the graph's indicators are broken down by (`marketNomenclature`). */
const NOMENCLATURES = ['CATCAND', 'ORIGINEOFF', 'CATCANDxDUREEEMP', 'TYPE_TENSION'];
const QUARTERLY: readonly WarmIndicator[] = ['DE_1', 'DE_5', 'OFF_1', 'EMB_1'];

/** The whole lists of one API family, as the graph's loaders ask for them (same calls, so same cache keys). */
export function referentialTasks(family: ReferentialFamily, upstream: Pick<Upstream, 'marche'>): WarmTask[] {
  switch (family) {
    case 'rome':
      return [
        { api: 'rome-metiers', label: 'ROME métiers', run: (up, scope) => up.rome.listMetiers(scope) },
        { api: 'rome-metiers', label: 'ROME version', run: (up, scope) => up.rome.version(scope) },
        { api: 'rome-fiches-metiers', label: 'ROME fiches', run: (up, scope) => up.rome.listFichesMetiers(scope) },
        { api: 'rome-competences', label: 'ROME compétences', run: (up, scope) => up.rome.listCompetences(scope) },
        {
          api: 'rome-contextes-travail',
          label: 'ROME contextes de travail',
          run: (up, scope) => up.romeContextesTravail.listContextesTravail(scope),
        },
      ];
    case 'offres':
      return (Object.keys(referentialSchemas) as OffresReferentialName[]).map((name) => ({
        api: 'offres',
        label: `Offres referential ${name}`,
        run: (up, scope) => up.offres.referential(name, scope),
      }));
    case 'marche':
      return [
        { api: 'marche', label: 'Marché territory types', run: (up, scope) => up.marche.listTypesTerritoire(scope) },
        ...upstream.marche.territoryLevels.map(
          (level): WarmTask => ({
            api: 'marche',
            label: `Marché territories ${level}`,
            run: (up, scope) => up.marche.listTerritoires(level, scope),
          }),
        ),
        activityListTask(),
        catalogueTask(),
        ...['TRIMESTRE', 'ANNEE'].map(
          (type): WarmTask => ({
            api: 'marche',
            label: `Marché periods ${type}`,
            run: (up, scope) => up.marche.listPeriodes(type, scope),
          }),
        ),
        ...NOMENCLATURES.map(
          (type): WarmTask => ({
            api: 'marche',
            label: `Marché nomenclature ${type}`,
            run: (up, scope) => up.marche.listNomenclatures(type, scope),
          }),
        ),
      ];
    case 'agences':
      return [{ api: 'agences', label: 'Agencies', run: (up, scope) => up.agences.listAgences(scope) }];
  }
}

/** Every occupation Marché du travail publishes figures for (what `--all` means). */
export function activityListTask(): WarmTask {
  return { api: 'marche', label: 'Marché ROME activities', run: (up, scope) => up.marche.listActivites('ROME', scope) };
}

/** The catalogue every indicator query but tension is checked against before its figures are asked. */
function catalogueTask(): WarmTask {
  return { api: 'marche', label: 'Marché indicator catalogue', run: (up, scope) => up.marche.listIndicateurs(scope) };
}

/**
 * The figures of the plan, in the order a user would want them ready: territory by territory, each indicator for
 * every occupation. Each is asked as the graph asks it by default (tension every year; quarterly figures latest
 * quarter, no breakdown by characteristic), so the graph reads exactly these entries.
 */
export function figureTasks(plan: WarmPlan, occupations: readonly string[], upstream: Pick<Upstream, 'marche'>) {
  const tasks: WarmTask[] = [];
  if (plan.indicators.some((indicator) => indicator !== 'tension') && !plan.referentials.includes('marche'))
    tasks.push(catalogueTask());
  for (const territory of plan.territories) {
    const { key } = publishedFor(territory, upstream.marche.territoryLevels);
    const where = `${key.level} ${key.code}`;
    for (const indicator of plan.indicators) {
      if (indicator === 'tension') {
        for (const romeCode of occupations)
          tasks.push({
            api: 'marche',
            label: `PERSP_2 ${where} ${romeCode}`,
            run: (up, scope) => up.marche.getTension({ territory: key, romeCode }, scope),
          });
      } else if (indicator === 'salaries') {
        tasks.push({ api: 'marche', label: `SAL_3 ${where}`, run: (up, scope) => up.marche.getSalaries(key, scope) });
      } else {
        const code: IndicatorCode = indicator;
        const perOccupation = QUARTERLY.includes(indicator) ? [undefined, ...occupations] : [undefined];
        for (const romeCode of perOccupation)
          tasks.push({
            api: 'marche',
            label: `${code} ${where} ${romeCode ?? 'all occupations'}`,
            run: (up, scope) =>
              up.marche.getIndicator(
                {
                  indicator: code,
                  territory: key,
                  ...(romeCode ? { romeCode } : {}),
                  latestOnly: true,
                  withCharacteristics: false,
                },
                scope,
              ),
          });
      }
    }
  }
  return tasks;
}

/** Every cache entry of a plan, once each (the activity list is both a Marché referential and `--all`'s list). */
export function warmTasks(plan: WarmPlan, occupations: readonly string[], upstream: Pick<Upstream, 'marche'>) {
  const seen = new Set<string>();
  return [
    ...plan.referentials.flatMap((family) => referentialTasks(family, upstream)),
    ...figureTasks(plan, occupations, upstream),
  ].filter((task) => !seen.has(task.label) && seen.add(task.label));
}

/** The territories a plan names, for its printout. */
export function territoryNames(territories: readonly TerritoryRecord[]): string {
  return territories.map((territory) => `${territory.name} (${territory.code})`).join(', ');
}
