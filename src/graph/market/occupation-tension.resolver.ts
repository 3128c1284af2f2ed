import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { TerritoryInput } from '../territory/territory.input';
import { OccupationReference, RomeAppellationReference, Tension } from './market.types';
import { tensionFor } from './territory.resolver';

const TENSION_DESCRIPTION =
  'Recruitment tension in a territory (latest year unless `year` is given); null when not published.';

@Resolver(() => OccupationReference)
export class OccupationTensionResolver {
  @FieldResolver(() => Tension, { nullable: true, description: TENSION_DESCRIPTION })
  tension(
    @Root() occupation: OccupationReference,
    @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension | null> {
    return tensionFor(occupation.code, territory, year, context);
  }
}

@Resolver(() => RomeAppellationReference)
export class AppellationTensionResolver {
  @FieldResolver(() => Tension, {
    nullable: true,
    description: `${TENSION_DESCRIPTION} Figures are those of the appellation's occupation.`,
  })
  @Directive('@requires(fields: "occupationCode")')
  tension(
    @Root() appellation: RomeAppellationReference,
    @Arg('territory', () => TerritoryInput) territory: TerritoryInput,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension | null> {
    return tensionFor(appellation.occupationCode, territory, year, context);
  }
}
