import { Arg, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { OffresReferentialName } from '../../upstream';
import type { GraphContext } from '../context';
import { offerReferential, PLAIN_REFERENTIAL_FIELDS } from './offer-referentials';
import {
  OfferReferentialCommune,
  OfferReferentialDepartement,
  OfferReferentialItem,
  OfferReferentials,
} from './offer-referentials.types';

const items = new WeakMap<object, OfferReferentialItem[]>();

async function plainList(context: GraphContext, name: OffresReferentialName): Promise<OfferReferentialItem[]> {
  const list = await offerReferential(context, name);
  let mapped = items.get(list);
  if (!mapped) {
    mapped = list.map((item) => ({ code: item.code, label: item.libelle }));
    items.set(list, mapped);
  }
  return mapped;
}

@Resolver(() => OfferReferentials)
export class OfferReferentialsResolver {
  @Query(() => OfferReferentials, {
    description: "The Offres d'emploi referentials: every code an offer filter takes, with its label.",
  })
  offerReferentials(): OfferReferentials {
    return {};
  }

  @FieldResolver(() => [OfferReferentialCommune], { description: 'Communes (≈ 35 000 without a département).' })
  async communes(
    @Arg('departementCode', () => String, { nullable: true, description: 'Only the communes of this département.' })
    departementCode: string | null,
    @Ctx() context: GraphContext,
  ): Promise<OfferReferentialCommune[]> {
    const list = await offerReferential(context, 'communes');
    const wanted = departementCode?.trim().toUpperCase();
    return list
      .filter((c) => !wanted || c.codeDepartement === wanted)
      .map((c) => ({
        code: c.code,
        label: c.libelle,
        postalCode: c.codePostal ?? null,
        departementCode: c.codeDepartement ?? null,
      }));
  }

  @FieldResolver(() => [OfferReferentialDepartement], { description: 'Départements with their région.' })
  async departements(@Ctx() context: GraphContext): Promise<OfferReferentialDepartement[]> {
    const list = await offerReferential(context, 'departements');
    return list.map((d) => ({
      code: d.code,
      label: d.libelle,
      region: d.region ? { code: d.region.code, label: d.region.libelle } : null,
    }));
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Régions.' })
  regions(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.regions);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Countries (filter `countryOrContinentCode`).' })
  countries(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.countries);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Continents (filter `countryOrContinentCode`).' })
  continents(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.continents);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'NAF codes (filter `nafCodes`).' })
  nafCodes(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.nafCodes);
  }

  @FieldResolver(() => [OfferReferentialItem], {
    description: 'Activity sectors, NAF divisions (filter `sectorCodes`).',
  })
  sectors(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.sectors);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Professional domains (filter `domainCode`).' })
  domains(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.domains);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'ROME occupations (filter `romeCodes`).' })
  occupations(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.occupations);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'ROME appellations (filter `appellationCode`).' })
  appellations(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.appellations);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'ROME themes (filter `themeCode`).' })
  themes(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.themes);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Contract types (filter `contractTypes`).' })
  contractTypes(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.contractTypes);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Contract natures (filter `contractNatures`).' })
  contractNatures(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.contractNatures);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Training levels (filter `trainingLevelCode`).' })
  trainingLevels(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.trainingLevels);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Driving licences (filter `drivingLicenceCode`).' })
  drivingLicences(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.drivingLicences);
  }

  @FieldResolver(() => [OfferReferentialItem], { description: 'Languages.' })
  languages(@Ctx() context: GraphContext) {
    return plainList(context, PLAIN_REFERENTIAL_FIELDS.languages);
  }
}
