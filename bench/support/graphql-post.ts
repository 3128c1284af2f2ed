/** One GraphQL request as the workloads describe it. */
export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphqlAnswer {
  status: number;
  body: string;
  json: { data?: unknown; errors?: { message: string }[]; extensions?: unknown } | undefined;
}

/** Headers every load request carries: JSON passes Apollo Server's CSRF prevention without extra headers. */
export const GRAPHQL_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const;

export async function postGraphql(url: string, request: GraphqlRequest, timeoutMs = 30_000): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: GRAPHQL_HEADERS,
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  let json: GraphqlAnswer['json'];
  try {
    json = JSON.parse(body) as GraphqlAnswer['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, body, json };
}

/** Throws with the server's own error messages unless the answer is a 200 with data and no errors. */
export async function expectData(url: string, request: GraphqlRequest, timeoutMs?: number): Promise<GraphqlAnswer> {
  const answer = await postGraphql(url, request, timeoutMs);
  const errors = answer.json?.errors;
  if (answer.status !== 200 || !answer.json?.data || errors?.length) {
    const detail = errors?.length ? errors.map((error) => error.message).join('; ') : answer.body.slice(0, 300);
    throw new Error(`HTTP ${answer.status} from ${url}: ${detail}`);
  }
  return answer;
}
