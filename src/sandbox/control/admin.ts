import type { SandboxRequest } from '../http/request';
import { emptyResponse, jsonResponse, type SandboxResponse } from '../http/response';
import type { SandboxState } from '../state';
import { SANDBOX_APIS, type FaultRule, type SandboxApi } from '../types';

export const ADMIN_PREFIX = '/_sandbox/';

export interface SandboxConfigUpdate {
  latencyMs?: number;
  /** Extra latency per API, on top of `latencyMs` (0 removes it). */
  apiLatencyMs?: Partial<Record<SandboxApi, number>>;
  quotas?: Partial<Record<SandboxApi, number>>;
  /** Replaces the active faults ([] clears them). */
  faults?: FaultRule[];
}

/**
 * Control surface for a sandbox running as its own process (benchmarks, soak):
 * `GET /_sandbox/counters`, `POST /_sandbox/reset`, `GET|POST /_sandbox/config`, `POST /_sandbox/revoke-tokens`.
 */
export function handleAdminRequest(request: SandboxRequest, state: SandboxState): SandboxResponse {
  const action = request.path.slice(ADMIN_PREFIX.length).replace(/\/$/, '');
  if (action === 'counters' && request.method === 'GET') return jsonResponse(200, state.counters.snapshot());
  if (action === 'reset' && request.method === 'POST') {
    state.counters.reset();
    return emptyResponse(204);
  }
  if (action === 'revoke-tokens' && request.method === 'POST') {
    state.tokens.expireAll();
    return emptyResponse(204);
  }
  if (action === 'config' && request.method === 'GET') return jsonResponse(200, currentConfig(state));
  if (action === 'config' && request.method === 'POST') {
    let update: SandboxConfigUpdate;
    try {
      update = JSON.parse(request.body || '{}') as SandboxConfigUpdate;
      applyConfig(state, update);
    } catch (error) {
      return jsonResponse(400, { message: error instanceof Error ? error.message : 'invalid configuration' });
    }
    return jsonResponse(200, currentConfig(state));
  }
  return jsonResponse(404, { message: 'unknown sandbox control endpoint' });
}

function currentConfig(state: SandboxState) {
  return {
    latencyMs: state.latencyMs,
    apiLatencyMs: state.apiLatencyMs,
    quotas: Object.fromEntries(SANDBOX_APIS.map((api) => [api, state.quotas.rate(api)])),
  };
}

/** Validates the whole update before changing anything, so a bad request leaves the sandbox as it was. */
export function applyConfig(state: SandboxState, update: SandboxConfigUpdate): void {
  if (update === null || typeof update !== 'object') throw new Error('configuration must be a JSON object');
  if (update.latencyMs !== undefined && !(typeof update.latencyMs === 'number' && update.latencyMs >= 0)) {
    throw new Error('latencyMs must be a number ≥ 0');
  }
  const apiLatencies = Object.entries(update.apiLatencyMs ?? {});
  for (const [api, ms] of apiLatencies) {
    if (!SANDBOX_APIS.includes(api as SandboxApi)) throw new Error(`unknown API in apiLatencyMs: ${api}`);
    if (!(typeof ms === 'number' && ms >= 0)) throw new Error(`apiLatencyMs.${api} must be a number ≥ 0`);
  }
  const quotas = Object.entries(update.quotas ?? {});
  for (const [api, rate] of quotas) {
    if (!SANDBOX_APIS.includes(api as SandboxApi)) throw new Error(`unknown API in quotas: ${api}`);
    if (typeof rate !== 'number' || Number.isNaN(rate)) throw new Error(`quota for ${api} must be a number`);
  }
  if (update.faults !== undefined && !Array.isArray(update.faults)) throw new Error('faults must be an array');
  for (const fault of update.faults ?? []) {
    if (!fault || !Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599) {
      throw new Error('each fault needs an HTTP status');
    }
    if (fault.api !== undefined && !SANDBOX_APIS.includes(fault.api))
      throw new Error(`unknown API in fault: ${fault.api}`);
    if (fault.share !== undefined && !(typeof fault.share === 'number' && fault.share > 0 && fault.share <= 1))
      throw new Error('fault share must be a number in (0, 1]');
  }

  if (update.latencyMs !== undefined) state.latencyMs = update.latencyMs;
  for (const [api, ms] of apiLatencies) {
    if (ms) state.apiLatencyMs[api as SandboxApi] = ms;
    else delete state.apiLatencyMs[api as SandboxApi];
  }
  for (const [api, rate] of quotas) state.quotas.setRate(api as SandboxApi, rate as number);
  if (update.faults !== undefined) {
    state.faults.clear();
    for (const fault of update.faults) state.faults.add(fault);
  }
}
