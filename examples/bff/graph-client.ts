import { ApolloClient, type GraphClient, HttpLink, InMemoryCache } from './apollo-core';
import { possibleTypes } from './possible-types';
import { typePolicies } from './type-policies';

export interface GraphClientOptions {
  /** travail-graph's URL, e.g. http://localhost:4000/. */
  url: string;
  /** The signed-in job seeker's France Travail Connect access token, for `me`. */
  jobSeekerToken?: string;
}

/** An Apollo Client for a BFF: one per job seeker session when it reads `me`, one shared otherwise. */
export type { GraphClient };

export function createGraphClient(options: GraphClientOptions): GraphClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: options.url,
      headers: options.jobSeekerToken ? { 'x-job-seeker-token': options.jobSeekerToken } : {},
    }),
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
  });
}
