// The territory model lives in ../territory; this path stays importable for the resolvers that use it.
export { TerritoryInput } from '../territory/territory.input';
export { TerritoryType } from '../territory/territory-type';
