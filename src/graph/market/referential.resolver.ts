import { Arg, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { IndicatorCatalogueEntry } from '../../upstream';
import type { GraphContext } from '../context';
import { badUserInput, fromUpstream } from '../shared/errors';
import { TerritoryType } from '../territory/territory-type';
import { territoryDirectory } from '../territory/territory-directory';
import { Territory } from './market.types';
import { Period, PeriodKind, toPeriod } from './period';
import { toTerritory } from './territories';

export enum MarketIndicator {
  DE_1 = 'DE_1',
  DE_5 = 'DE_5',
  OFF_1 = 'OFF_1',
  EMB_1 = 'EMB_1',
  DYN_1 = 'DYN_1',
  PERSP_2 = 'PERSP_2',
  SAL_3 = 'SAL_3',
}

registerEnumType(MarketIndicator, {
  name: 'MarketIndicator',
  description: 'Marché du travail indicators, by France Travail code.',
  valuesConfig: {
    DE_1: { description: 'Job seekers registered at the end of the quarter (`jobSeekers`).' },
    DE_5: { description: 'New registrations in the quarter (`newRegistrations`).' },
    OFF_1: { description: 'Offers registered in the quarter (`registeredOffers`).' },
    EMB_1: { description: 'Hires of job seekers (`hires`).' },
    DYN_1: { description: 'Employment dynamism of a territory (`dynamism`).' },
    PERSP_2: { description: 'Recruitment tension (`tension`).' },
    SAL_3: { description: 'Salaries offered (`salaries`, `salary`).' },
  },
});

export enum MarketNomenclature {
  JOB_SEEKER_CATEGORY = 'CATCAND',
  OFFER_ORIGIN = 'ORIGINEOFF',
  HIRE_DURATION = 'CATCANDxDUREEEMP',
  TENSION = 'TYPE_TENSION',
}

registerEnumType(MarketNomenclature, {
  name: 'MarketNomenclature',
  description: 'The value lists indicators are broken down by.',
  valuesConfig: {
    JOB_SEEKER_CATEGORY: { description: 'Job-seeker categories (CATCAND).' },
    OFFER_ORIGIN: { description: 'Offer origins (ORIGINEOFF).' },
    HIRE_DURATION: { description: 'Hire contract lengths (CATCANDxDUREEEMP).' },
    TENSION: { description: 'Tension sub-indicators (TYPE_TENSION).' },
  },
});

@ObjectType({ description: 'A territory level as Marché du travail names it.', simpleResolvers: true })
export class MarketTerritoryLevel {
  @Field({ description: 'France Travail\'s code, e.g. "DEP".' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => TerritoryType, {
    nullable: true,
    description: 'The level in this graph; null for meshes it does not serve.',
  })
  type!: TerritoryType | null;
}

@ObjectType({ description: 'An occupation Marché du travail publishes figures for.', simpleResolvers: true })
export class MarketActivity {
  @Field({ description: 'ROME code.' })
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'One value of a nomenclature.', simpleResolvers: true })
export class MarketNomenclatureValue {
  @Field({ description: 'France Travail\'s code, e.g. "ABC".' })
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({
  description: 'What an indicator is published for: the valid combinations of its arguments.',
  simpleResolvers: true,
})
export class MarketIndicatorDetails {
  @Field(() => MarketIndicator)
  indicator!: MarketIndicator;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => [TerritoryType], { description: 'Territory levels it is published for.' })
  territoryTypes!: TerritoryType[];

  @Field({ description: 'Published per occupation.' })
  byOccupation!: boolean;

  @Field({ description: 'Published for every occupation together.' })
  allOccupations!: boolean;

  @Field(() => [PeriodKind])
  periodKinds!: PeriodKind[];

  @Field(() => [String], { description: 'Nomenclature codes it is broken down by.' })
  nomenclatureCodes!: string[];
}

const PERIOD_TYPES: Record<PeriodKind, string> = { [PeriodKind.QUARTER]: 'TRIMESTRE', [PeriodKind.YEAR]: 'ANNEE' };

/** Marché du travail's referentials: whole lists, each read once per lifetime and shared by every request. */
@Resolver()
export class MarketReferentialResolver {
  @Query(() => [MarketTerritoryLevel], { description: 'Territory levels Marché du travail publishes figures for.' })
  async marketTerritoryLevels(@Ctx() context: GraphContext): Promise<MarketTerritoryLevel[]> {
    const types = await fromUpstream('marche.listTypesTerritoire', () =>
      context.upstream.marche.listTypesTerritoire(context.upstreamScope),
    );
    return types.map((type) => ({
      code: type.codeTypeTerritoire,
      label: type.libelleTypeTerritoire,
      type: type.level as TerritoryType | null,
    }));
  }

  @Query(() => [Territory], {
    description: "Every territory of a level Marché du travail publishes figures for (all bassins d'emploi, say).",
  })
  async marketTerritories(
    @Arg('type', () => TerritoryType) type: TerritoryType,
    @Ctx() context: GraphContext,
  ): Promise<Territory[]> {
    if (!context.upstream.marche.territoryLevels.includes(type))
      throw badUserInput(
        `Marché du travail publishes no figure by ${type.toLowerCase()}; use a coarser level.`,
        'type',
      );
    const list = await fromUpstream('marche.listTerritoires', () =>
      context.upstream.marche.listTerritoires(type, context.upstreamScope),
    );
    return list.flatMap((territoire) => {
      const record = territoryDirectory.get(type, territoire.codeTerritoire);
      return record ? [toTerritory(record)] : [];
    });
  }

  @Query(() => [MarketActivity], { description: 'Occupations (ROME codes) Marché du travail publishes figures for.' })
  async marketActivities(@Ctx() context: GraphContext): Promise<MarketActivity[]> {
    const list = await fromUpstream('marche.listActivites', () =>
      context.upstream.marche.listActivites('ROME', context.upstreamScope),
    );
    return list.map((activite) => ({ code: activite.codeActivite, label: activite.libelleActivite }));
  }

  @Query(() => [MarketNomenclatureValue], { description: 'The values of a nomenclature, with their labels.' })
  async marketNomenclature(
    @Arg('nomenclature', () => MarketNomenclature) nomenclature: MarketNomenclature,
    @Ctx() context: GraphContext,
  ): Promise<MarketNomenclatureValue[]> {
    const list = await fromUpstream('marche.listNomenclatures', () =>
      context.upstream.marche.listNomenclatures(nomenclature, context.upstreamScope),
    );
    return list.map((value) => ({ code: value.codeNomenclature, label: value.libelleNomenclature }));
  }

  @Query(() => [Period], { description: 'The periods of a kind figures are published for, oldest first.' })
  async marketPeriods(
    @Arg('kind', () => PeriodKind) kind: PeriodKind,
    @Ctx() context: GraphContext,
  ): Promise<Period[]> {
    const list = await fromUpstream('marche.listPeriodes', () =>
      context.upstream.marche.listPeriodes(PERIOD_TYPES[kind], context.upstreamScope),
    );
    return list.flatMap((periode) => {
      const period = toPeriod(periode.codePeriode, periode.libellePeriode);
      return period ? [period] : [];
    });
  }

  @Query(() => [MarketIndicatorDetails], {
    description: "Each indicator's valid combinations; arguments are checked against them before any figure is asked.",
  })
  async marketIndicators(@Ctx() context: GraphContext): Promise<MarketIndicatorDetails[]> {
    const catalogue = await fromUpstream('marche.listIndicateurs', () =>
      context.upstream.marche.listIndicateurs(context.upstreamScope),
    );
    return catalogue.map(toDetails);
  }
}

function toDetails(entry: IndicatorCatalogueEntry): MarketIndicatorDetails {
  return {
    indicator: entry.code as MarketIndicator,
    label: entry.label,
    territoryTypes: entry.levels.map((level) => level as TerritoryType),
    byOccupation: entry.byOccupation,
    allOccupations: entry.allOccupations,
    periodKinds: entry.periodTypes.map((type) => (type === 'ANNEE' ? PeriodKind.YEAR : PeriodKind.QUARTER)),
    nomenclatureCodes: entry.nomenclatureCodes,
  };
}
