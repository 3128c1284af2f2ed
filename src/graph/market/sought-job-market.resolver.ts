import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { territoryDirectory, type TerritoryRecord } from '../territory/territory-directory';
import { OccupationSalary } from './indicator.types';
import { salaryIn } from './market-figures';
import { marketLoaders, pickYear } from './market.loaders';
import { Tension } from './market.types';
import { SoughtJobReference } from './sought-job.types';

const AT_FIRST_PLACE =
  "at the job seeker's first mobility place (figures published no finer than the département: a commune counts as " +
  'its département; the whole country when no place is given)';
const REQUIRED = '@requires(fields: "occupationCode mobilities { place { code kind } }")';

@Resolver(() => SoughtJobReference)
export class SoughtJobMarketResolver {
  @FieldResolver(() => Tension, {
    nullable: true,
    description:
      `Recruitment tension of the sought job's occupation ${AT_FIRST_PLACE}; latest year unless \`year\` is given. ` +
      'Every place: `mobilities { place { territory { tension(occupation:) } } }`.',
  })
  @Directive(REQUIRED)
  async tension(
    @Root() job: SoughtJobReference,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() context: GraphContext,
  ): Promise<Tension | null> {
    const territory = firstPlace(job);
    return pickYear(await marketLoaders(context).tensions.load({ romeCode: job.occupationCode, territory }), year);
  }

  @FieldResolver(() => OccupationSalary, {
    nullable: true,
    description: `Monthly salaries offered for the sought job's occupation ${AT_FIRST_PLACE}; null when not published.`,
  })
  @Directive(REQUIRED)
  salary(@Root() job: SoughtJobReference, @Ctx() context: GraphContext): Promise<OccupationSalary | null> {
    return salaryIn(context, firstPlace(job), job.occupationCode, 'mobilities');
  }
}

function firstPlace(job: SoughtJobReference): TerritoryRecord {
  const place = job.mobilities.find((mobility) => mobility.place.kind !== null)?.place;
  return (place?.kind && territoryDirectory.get(place.kind, place.code)) || territoryDirectory.nation();
}
