import { postGraphql, type GraphqlRequest } from './support/graphql-post';
import type { Workload } from './workloads';

export interface GraphError {
  message: string;
  extensions?: { code?: string; [name: string]: unknown };
}

export interface WorkloadAnswer {
  request: GraphqlRequest;
  status: number;
  data: unknown;
  errors: GraphError[];
}

export interface WorkloadRun {
  answers: WorkloadAnswer[];
  /** From the first request sent to the last answer read. */
  elapsedMs: number;
  /** Some request had no answer within the time allowed. */
  timedOut: boolean;
}

/** Sends a workload's requests the way its client would: a BFF batch all at once, a page's single request alone. */
export async function runWorkload(url: string, workload: Workload, timeoutMs = 120_000): Promise<WorkloadRun> {
  let timedOut = false;
  const send = async (request: GraphqlRequest): Promise<WorkloadAnswer> => {
    try {
      const answer = await postGraphql(url, request, timeoutMs);
      return {
        request,
        status: answer.status,
        data: answer.json?.data ?? null,
        errors: (answer.json?.errors ?? []) as GraphError[],
      };
    } catch (error) {
      if (!(error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) throw error;
      timedOut = true;
      return { request, status: 0, data: null, errors: [{ message: 'no answer in time' }] };
    }
  };
  const startedAt = performance.now();
  const answers: WorkloadAnswer[] = [];
  if (workload.concurrent) answers.push(...(await Promise.all(workload.requests.map(send))));
  else for (const request of workload.requests) answers.push(await send(request));
  return { answers, elapsedMs: performance.now() - startedAt, timedOut };
}

export function errorsOf(run: WorkloadRun): GraphError[] {
  return run.answers.flatMap((answer) => answer.errors);
}

export function countErrorCode(run: WorkloadRun, code: string): number {
  return errorsOf(run).filter((error) => error.extensions?.code === code).length;
}
