import type { OffresReferentialItem, OffresReferentialName } from '../../upstream';
import type { GraphContext } from '../context';
import { badUserInput, fromUpstream } from '../shared/errors';
import type { ReferentialCheck } from './offer-criteria';

type Index<Name extends OffresReferentialName> = ReadonlyMap<string, OffresReferentialItem<Name>>;

/** Graph field → upstream list, for the lists of plain `{ code, libelle }` items. */
export const PLAIN_REFERENTIAL_FIELDS = {
  regions: 'regions',
  countries: 'pays',
  continents: 'continents',
  nafCodes: 'nafs',
  sectors: 'secteursActivites',
  domains: 'domaines',
  occupations: 'metiers',
  appellations: 'appellations',
  themes: 'themes',
  contractTypes: 'typesContrats',
  contractNatures: 'naturesContrats',
  trainingLevels: 'niveauxFormations',
  drivingLicences: 'permis',
  languages: 'langues',
} as const satisfies Record<string, OffresReferentialName>;

const indexes = new WeakMap<object, Map<string, unknown>>();

/** What reading a referential needs of the request: the clients, and the scope its calls are made for. */
export type ReferentialReader = Pick<GraphContext, 'upstream' | 'upstreamScope'>;

/** A whole Offres referential (one call per cache lifetime, shared by every request). */
export function offerReferential<Name extends OffresReferentialName>(
  context: ReferentialReader,
  name: Name,
): Promise<OffresReferentialItem<Name>[]> {
  return fromUpstream('offres.referential', () => context.upstream.offres.referential(name, context.upstreamScope));
}

/** The referential by code, built once per loaded list. */
export async function offerReferentialIndex<Name extends OffresReferentialName>(
  context: ReferentialReader,
  name: Name,
): Promise<Index<Name>> {
  const list = await offerReferential(context, name);
  let index = indexes.get(list) as Index<Name> | undefined;
  if (!index) {
    index = new Map(list.map((item) => [item.code, item]));
    indexes.set(list, index as Map<string, unknown>);
  }
  return index;
}

/** Label of a code on a referential; null when the code is not listed. */
export async function labelOf(
  context: ReferentialReader,
  name: OffresReferentialName,
  code: string,
): Promise<string | null> {
  const item = (await offerReferentialIndex(context, name)).get(code);
  return item ? item.libelle : null;
}

/** Checks that every code of a filter exists on its referential; the lists load in parallel, once per lifetime. */
export async function assertListedCodes(context: ReferentialReader, checks: ReferentialCheck[]): Promise<void> {
  const names = [...new Set(checks.flatMap((check) => check.lists))];
  const loaded = new Map(
    await Promise.all(names.map(async (name) => [name, await offerReferentialIndex(context, name)] as const)),
  );
  for (const check of checks) {
    const missing = check.codes.filter((code) => !check.lists.some((list) => loaded.get(list)?.has(code)));
    if (missing.length) {
      throw badUserInput(
        `Unknown ${check.what} code${missing.length > 1 ? 's' : ''}: ${missing.map((c) => `"${c}"`).join(', ')}.`,
        check.argument,
      );
    }
  }
}
