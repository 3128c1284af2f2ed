import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { territoryDirectory } from '../territory/territory-directory';
import { marketLoaders, pickYear } from './market.loaders';
import { Tension } from './market.types';
import { SoughtJobReference } from './sought-job.types';

@Resolver(() => SoughtJobReference)
export class SoughtJobTensionResolver {
  @FieldResolver(() => Tension, {
    nullable: true,
    description:
      "Recruitment tension of the sought job's occupation at the job seeker's first mobility place (a commune " +
      'counts as its département; the whole country when no place is given); latest year unless `year` is given. ' +
      'Every place: `mobilities { place { territory { tension(occupation:) } } }`.',
  })
  @Directive('@requires(fields: "occupationCode mobilities { place { code kind } }")')
  async tension(
    @Root() job: SoughtJobReference,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension | null> {
    const place = job.mobilities.find((mobility) => mobility.place.kind !== null)?.place;
    const territory = (place && territoryDirectory.get(place.kind!, place.code)) || territoryDirectory.nation();
    return pickYear(await marketLoaders(context).tensions.load({ romeCode: job.occupationCode, territory }), year);
  }
}
