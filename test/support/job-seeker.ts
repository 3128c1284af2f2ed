import type { GraphResponse } from './graph-server';

/** POSTs a query as the BFF does for a signed-in job seeker: their token in X-Job-Seeker-Token. */
export async function postAsJobSeeker<TData = any>(
  url: string,
  jobSeekerToken: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(jobSeekerToken !== undefined ? { 'x-job-seeker-token': jobSeekerToken } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphResponse<TData>;
}
