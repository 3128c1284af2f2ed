import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { OffresReferentialName } from '../../upstream';
import type { GraphContext } from '../context';
import { OfferFacets, OfferFacetValue } from './offer-facets.types';
import { labelOf, offerReferentialIndex } from './offer-referentials';
import { OfferNaf } from './offer.types';

@Resolver(() => OfferNaf)
export class OfferNafResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Label of the NAF code (Offres NAF referential).' })
  label(@Root() naf: OfferNaf, @Ctx() context: GraphContext): Promise<string | null> {
    return labelOf(context, 'nafs', naf.code);
  }
}

@Resolver(() => OfferFacets)
export class OfferFacetsResolver {
  @FieldResolver(() => [OfferFacetValue], { description: 'By contract type code (filter `contractTypes`).' })
  contractTypes(@Root() facets: OfferFacets, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return labelled(facets.contractTypes, 'typesContrats', context, info);
  }

  @FieldResolver(() => [OfferFacetValue], { description: 'By contract nature code (filter `contractNatures`).' })
  contractNatures(@Root() facets: OfferFacets, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return labelled(facets.contractNatures, 'naturesContrats', context, info);
  }
}

/** Adds referential labels, loading the list only when a label is asked for. */
async function labelled(
  values: OfferFacetValue[],
  list: OffresReferentialName,
  context: GraphContext,
  info: GraphQLResolveInfo,
): Promise<OfferFacetValue[]> {
  if (values.length === 0 || !asksForLabel(info)) return values;
  const index = await offerReferentialIndex(context, list);
  return values.map((value) => ({ ...value, label: index.get(value.value)?.libelle ?? null }));
}

function asksForLabel(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== 'Field' || s.name.value === 'label'),
  );
}
