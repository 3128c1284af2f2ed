import { Field, Float, InputType } from 'type-graphql';
import { badUserInput } from '../shared/errors';
import type { GeoPoint } from './agency.types';

@InputType({ description: 'A position in WGS 84 decimal degrees.' })
export class GeoPointInput {
  @Field(() => Float, { description: '-90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: '-180 to 180.' })
  longitude!: number;

  validated(argument: string): GeoPoint {
    const { latitude, longitude } = this;
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180))
      throw badUserInput(`"${argument}" must have a latitude in [-90, 90] and a longitude in [-180, 180].`, argument);
    return { latitude, longitude };
  }
}
