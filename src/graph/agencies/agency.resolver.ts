import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { territoryArgument } from '../territory/territory-argument';
import { badUserInput, notFound } from '../shared/errors';
import { TerritoryInput } from '../territory/territory.input';
import { assertIntInRange } from '../shared/validation';
import { agencyLoaders } from './agency.loaders';
import { AgenciesNear, Agency, AgencyKind, AgencyList } from './agency.types';
import { GeoPointInput } from './geo-point.input';
import { agenciesIn } from './agencies-in-territory';
import { assertCommuneCode } from './commune-code';

const AGENCY_CODE = /^[A-Z]{3}\d{4}$/;
const MAX_RADIUS_KM = 200;

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, {
    nullable: true,
    description: 'One France Travail site by its code, e.g. "NAQ0146"; null with a NOT_FOUND error when unknown.',
  })
  async agency(@Arg('code') code: string, @Ctx() context: GraphContext): Promise<Agency> {
    const normalized = code.trim().toUpperCase();
    if (!AGENCY_CODE.test(normalized))
      throw badUserInput(
        `"${code}" is not an agency code: expected three letters and four digits, e.g. "NAQ0146".`,
        'code',
      );
    const agency = (await agencyLoaders(context).directory()).get(normalized);
    if (!agency) throw notFound(`No France Travail site with code "${normalized}".`);
    return agency;
  }

  @Query(() => AgencyList, {
    nullable: true,
    description:
      'France Travail sites in a territory (all of France when none is given), in code order. Served from the ' +
      'referential loaded once a day: no upstream call per query.',
  })
  async agencies(
    @Arg('territory', () => TerritoryInput, { nullable: true }) territory: TerritoryInput | null,
    @Arg('kind', () => AgencyKind, { nullable: true, description: 'Only sites of this kind.' }) kind: AgencyKind | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many to return, 0–1000.' }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'How many to skip.' }) offset: number,
    @Ctx() context: GraphContext,
  ): Promise<AgencyList> {
    assertIntInRange(first, 0, 1000, 'first');
    assertIntInRange(offset, 0, 100_000, 'offset');
    if (territory?.type === 'BASSIN')
      throw badUserInput("Agencies are not listed by bassin d'emploi: use its départements.", 'territory.type');
    const place = territory ? territoryArgument(territory, 'territory') : null;
    const directory = await agencyLoaders(context).directory();
    const matching = (place ? agenciesIn(directory, place) : [...directory.all]).filter(
      (agency) => !kind || agency.kind === kind,
    );
    return { totalCount: matching.length, agencies: matching.slice(offset, offset + first) };
  }

  @Query(() => Agency, {
    nullable: true,
    description:
      'The agency competent for a commune (where its job seekers are registered), by INSEE commune code; ' +
      'null when the referential names none. One upstream call per commune, cached for a day.',
  })
  async competentAgency(@Arg('commune') commune: string, @Ctx() context: GraphContext): Promise<Agency | null> {
    const agencies = await agencyLoaders(context).competent.load(assertCommuneCode(commune, 'commune'));
    return agencies[0] ?? null;
  }

  @Query(() => AgenciesNear, {
    nullable: true,
    description:
      'Agencies within a radius of a point or of a commune, nearest first, with their distance. Give exactly one ' +
      'of `point` and `commune`. Served from the cached referential (a commune without an agency of its own costs ' +
      'one call to find its competent agency).',
  })
  async agenciesNear(
    @Arg('point', () => GeoPointInput, { nullable: true }) point: GeoPointInput | null,
    @Arg('commune', () => String, { nullable: true, description: 'INSEE commune code.' }) commune: string | null,
    @Arg('radiusKm', () => Float, { defaultValue: 20, description: `0–${MAX_RADIUS_KM} km.` }) radiusKm: number,
    @Arg('kind', () => AgencyKind, { defaultValue: AgencyKind.LOCAL_AGENCY, nullable: true }) kind: AgencyKind | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many to return, 1–100.' }) first: number,
    @Ctx() context: GraphContext,
  ): Promise<AgenciesNear> {
    if ((point == null) === (commune == null))
      throw badUserInput('Give exactly one of "point" and "commune".', point ? 'commune' : 'point');
    if (!(radiusKm >= 0 && radiusKm <= MAX_RADIUS_KM))
      throw badUserInput(`"radiusKm" must be between 0 and ${MAX_RADIUS_KM}; got ${radiusKm}.`, 'radiusKm');
    assertIntInRange(first, 1, 100, 'first');
    const givenPoint = point != null ? point.validated('point') : null;
    const communeCode = commune != null ? assertCommuneCode(commune, 'commune') : null;
    const loaders = agencyLoaders(context);
    const directory = await loaders.directory();
    const origin = givenPoint ?? (await originOfCommune(communeCode!));
    const agencies = directory
      .near(origin, radiusKm)
      .filter(({ agency }) => !kind || agency.kind === kind)
      .slice(0, first);
    return { origin, agencies };

    async function originOfCommune(code: string) {
      const own = directory.inCommune(code).find((agency) => agency.address?.location);
      const located = own ?? (await loaders.competent.load(code)).find((agency) => agency.address?.location);
      if (!located?.address?.location)
        throw notFound(`No position is known for commune "${code}": pass "point" with its coordinates instead.`);
      return located.address.location;
    }
  }
}
