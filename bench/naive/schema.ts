/** The part of travail-graph's API the workloads use, same names and shapes, written by hand. */
export const typeDefs = /* GraphQL */ `
  enum TerritoryType { NATION REGION DEPARTEMENT COMMUNE }
  enum CompetenceKind { SKILL KNOW_HOW SOFT_SKILL KNOWLEDGE }
  enum AppellationMatchMethod { EXACT NORMALIZED GENDERED_FORM }

  input TerritoryInput { type: TerritoryType! code: String! }

  input OfferFilter {
    romeCodes: [String!]
    departement: String
    departements: [String!]
    region: String
    commune: String
  }

  type Query {
    offers(filter: OfferFilter!, first: Int = 20, after: String): OfferConnection!
    offer(id: ID!): Offer
    occupation(code: String!): Occupation
    appellation(code: String!): RomeAppellation
    territory(type: TerritoryType!, code: String!): Territory
    regions: [Territory!]!
  }

  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type OfferConnection { totalCount: Int! edges: [OfferEdge!]! pageInfo: PageInfo! }
  type OfferEdge { cursor: String! node: Offer! }

  type Contract { type: String label: String }
  type OfferLocation { label: String! communeCode: String territory: Territory }

  type Offer {
    id: ID!
    title: String!
    romeCode: String
    appellationLabel: String
    contract: Contract!
    location: OfferLocation
    appellation: RomeAppellation
    appellationMatch: AppellationMatch!
  }

  type AppellationMatch { method: AppellationMatchMethod reason: String message: String }

  type Occupation {
    code: String!
    label: String!
    appellations: [RomeAppellation!]!
    competences: [Competence!]!
    tension(territory: TerritoryInput!, year: Int): Tension
    offers(territory: TerritoryInput, first: Int = 10, after: String): OfferConnection!
  }

  type RomeAppellation {
    code: String!
    label: String!
    occupationCode: String!
    occupation: Occupation!
    competences: [Competence!]!
    tension(territory: TerritoryInput!, year: Int): Tension
  }

  type Competence { code: String! label: String! kind: CompetenceKind! category: String }

  type Tension {
    year: Int!
    occupationCode: String!
    level: Int
    label: String
    index: Float
    hiringIntensity: Int
    labourShortage: Int
    territory: Territory!
  }

  type Territory {
    id: ID!
    type: TerritoryType!
    code: String!
    name: String!
    region: Territory
    departement: Territory
    departements: [Territory!]!
    tension(occupation: String!, year: Int): Tension
  }
`;
