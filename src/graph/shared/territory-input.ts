import { Field, InputType, registerEnumType } from 'type-graphql';

export enum TerritoryType {
  NATION = 'NATION',
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  COMMUNE = 'COMMUNE',
  BASSIN = 'BASSIN',
}

registerEnumType(TerritoryType, {
  name: 'TerritoryType',
  description: 'Level of the French administrative map (official INSEE geography).',
  valuesConfig: {
    NATION: { description: 'France as a whole; its code is "FR".' },
    REGION: { description: 'A région, by INSEE code, e.g. "53" (Bretagne).' },
    DEPARTEMENT: { description: 'A département, by INSEE code, e.g. "35", "2A", "974".' },
    COMMUNE: { description: 'A commune, by INSEE code (not postal code), e.g. "35238" (Rennes).' },
    BASSIN: {
      description:
        'A bassin d\'emploi (employment area of France Travail\'s BMO survey), by its 4-digit code, e.g. "5314" (Rennes); ' +
        'labour-market figures only.',
    },
  },
});

@InputType({ description: 'Identifies one territory: its level and its INSEE code.' })
export class TerritoryInput {
  @Field(() => TerritoryType)
  type!: TerritoryType;

  @Field({ description: 'INSEE code at that level ("FR" for the nation).' })
  code!: string;
}

export function territoryId(type: TerritoryType | string, code: string): string {
  return `${type}:${code}`;
}
