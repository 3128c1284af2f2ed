import { JobsNearMeDocument, MySoughtJobsDocument } from '../../operations/generated/graphql';
import { createGraphClient, type GraphClient } from './graph-client';

/** What the BFF's job list page shows: typed end to end by the generated documents. */
export interface JobCard {
  id: string;
  title: string;
  place: string | null;
  occupation: string | null;
  tension: string | null;
}

export async function jobsNearMe(client: GraphClient): Promise<JobCard[]> {
  const { data } = await client.query({ query: JobsNearMeDocument });
  // `offers` is null when the Offres API failed: the page then shows no cards rather than an error.
  return (data.offers?.edges ?? []).map(({ node }) => ({
    id: node.id,
    title: node.title,
    place: node.location?.label ?? null,
    occupation: node.appellation?.occupation.label ?? null,
    tension: node.appellation?.tension?.label ?? null,
  }));
}

/** The signed-in job seeker's sought jobs, each with how many offers match it. */
export async function mySoughtJobs(client: GraphClient): Promise<{ job: string; offers: number }[]> {
  const { data } = await client.query({ query: MySoughtJobsDocument, errorPolicy: 'all' });
  return (data?.me?.soughtJobs ?? []).map((job) => ({
    job: job.appellation?.label ?? job.appellationLabel,
    offers: job.matchingOffers.totalCount,
  }));
}

/** `node dist/examples/bff/bff.js [url]`: prints the job cards of the README's JobsNearMe query. */
if (require.main === module) {
  const client = createGraphClient({ url: process.argv[2] ?? 'http://localhost:4000/' });
  jobsNearMe(client).then(
    (cards) => console.log(JSON.stringify(cards.slice(0, 5), null, 2), `\n${cards.length} offers`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
