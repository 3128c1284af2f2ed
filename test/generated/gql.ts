/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query JobsNearMe($departement: String!, $romeCodes: [String!]!, $first: Int!) {\n  offers(\n    filter: {departement: $departement, romeCodes: $romeCodes}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        romeCode\n        appellationLabel\n        contract {\n          type\n          label\n        }\n        location {\n          label\n          territory {\n            code\n            name\n            type\n            region {\n              code\n              name\n            }\n          }\n        }\n        appellation {\n          code\n          label\n          occupation {\n            code\n            label\n          }\n          competences {\n            code\n            label\n            kind\n          }\n          tension(territory: {type: DEPARTEMENT, code: $departement}) {\n            year\n            level\n            label\n            hiringIntensity\n            labourShortage\n          }\n        }\n        appellationMatch {\n          method\n          reason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.JobsNearMeDocument,
    "query OccupationOverview($code: String!, $territory: TerritoryInput!) {\n  occupation(code: $code) {\n    code\n    label\n    appellations {\n      code\n      label\n    }\n    tension(territory: $territory) {\n      year\n      level\n      label\n      index\n    }\n    offers(territory: $territory, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          location {\n            label\n          }\n        }\n      }\n    }\n  }\n}": typeof types.OccupationOverviewDocument,
    "query RegionOverview($code: String!, $occupation: String!) {\n  territory(type: REGION, code: $code) {\n    id\n    name\n    departements {\n      code\n      name\n    }\n    tension(occupation: $occupation) {\n      year\n      level\n      label\n    }\n  }\n}": typeof types.RegionOverviewDocument,
};
const documents: Documents = {
    "query JobsNearMe($departement: String!, $romeCodes: [String!]!, $first: Int!) {\n  offers(\n    filter: {departement: $departement, romeCodes: $romeCodes}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        romeCode\n        appellationLabel\n        contract {\n          type\n          label\n        }\n        location {\n          label\n          territory {\n            code\n            name\n            type\n            region {\n              code\n              name\n            }\n          }\n        }\n        appellation {\n          code\n          label\n          occupation {\n            code\n            label\n          }\n          competences {\n            code\n            label\n            kind\n          }\n          tension(territory: {type: DEPARTEMENT, code: $departement}) {\n            year\n            level\n            label\n            hiringIntensity\n            labourShortage\n          }\n        }\n        appellationMatch {\n          method\n          reason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.JobsNearMeDocument,
    "query OccupationOverview($code: String!, $territory: TerritoryInput!) {\n  occupation(code: $code) {\n    code\n    label\n    appellations {\n      code\n      label\n    }\n    tension(territory: $territory) {\n      year\n      level\n      label\n      index\n    }\n    offers(territory: $territory, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          location {\n            label\n          }\n        }\n      }\n    }\n  }\n}": types.OccupationOverviewDocument,
    "query RegionOverview($code: String!, $occupation: String!) {\n  territory(type: REGION, code: $code) {\n    id\n    name\n    departements {\n      code\n      name\n    }\n    tension(occupation: $occupation) {\n      year\n      level\n      label\n    }\n  }\n}": types.RegionOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsNearMe($departement: String!, $romeCodes: [String!]!, $first: Int!) {\n  offers(\n    filter: {departement: $departement, romeCodes: $romeCodes}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        romeCode\n        appellationLabel\n        contract {\n          type\n          label\n        }\n        location {\n          label\n          territory {\n            code\n            name\n            type\n            region {\n              code\n              name\n            }\n          }\n        }\n        appellation {\n          code\n          label\n          occupation {\n            code\n            label\n          }\n          competences {\n            code\n            label\n            kind\n          }\n          tension(territory: {type: DEPARTEMENT, code: $departement}) {\n            year\n            level\n            label\n            hiringIntensity\n            labourShortage\n          }\n        }\n        appellationMatch {\n          method\n          reason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query JobsNearMe($departement: String!, $romeCodes: [String!]!, $first: Int!) {\n  offers(\n    filter: {departement: $departement, romeCodes: $romeCodes}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        romeCode\n        appellationLabel\n        contract {\n          type\n          label\n        }\n        location {\n          label\n          territory {\n            code\n            name\n            type\n            region {\n              code\n              name\n            }\n          }\n        }\n        appellation {\n          code\n          label\n          occupation {\n            code\n            label\n          }\n          competences {\n            code\n            label\n            kind\n          }\n          tension(territory: {type: DEPARTEMENT, code: $departement}) {\n            year\n            level\n            label\n            hiringIntensity\n            labourShortage\n          }\n        }\n        appellationMatch {\n          method\n          reason\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OccupationOverview($code: String!, $territory: TerritoryInput!) {\n  occupation(code: $code) {\n    code\n    label\n    appellations {\n      code\n      label\n    }\n    tension(territory: $territory) {\n      year\n      level\n      label\n      index\n    }\n    offers(territory: $territory, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          location {\n            label\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OccupationOverview($code: String!, $territory: TerritoryInput!) {\n  occupation(code: $code) {\n    code\n    label\n    appellations {\n      code\n      label\n    }\n    tension(territory: $territory) {\n      year\n      level\n      label\n      index\n    }\n    offers(territory: $territory, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          location {\n            label\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionOverview($code: String!, $occupation: String!) {\n  territory(type: REGION, code: $code) {\n    id\n    name\n    departements {\n      code\n      name\n    }\n    tension(occupation: $occupation) {\n      year\n      level\n      label\n    }\n  }\n}"): (typeof documents)["query RegionOverview($code: String!, $occupation: String!) {\n  territory(type: REGION, code: $code) {\n    id\n    name\n    departements {\n      code\n      name\n    }\n    tension(occupation: $occupation) {\n      year\n      level\n      label\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;