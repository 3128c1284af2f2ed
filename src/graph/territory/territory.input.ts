import { Field, InputType } from 'type-graphql';
import { TerritoryType } from './territory-type';

@InputType({ description: 'Identifies one territory: its level and its INSEE code.' })
export class TerritoryInput {
  @Field(() => TerritoryType)
  type!: TerritoryType;

  @Field({ description: 'INSEE code at that level ("FR" for the nation).' })
  code!: string;
}
