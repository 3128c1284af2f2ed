import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class BackwardPagingArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Backward page size, 0–150, with `before` (the offers just before that cursor).',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the first offer of the next page, to page backward.' })
  before?: string | null;
}
