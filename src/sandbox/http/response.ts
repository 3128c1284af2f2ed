/** A response the sandbox is about to send; handlers build these, the server writes them (after any latency). */
export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /** Held this much longer than the sandbox's global latency before it is sent (per-API latency knob). */
  extraDelayMs?: number;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers }, body };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers };
}

/** Business 400s of the France Travail APIs: a JSON body with a French message. */
export function badRequest(message: string): SandboxResponse {
  return jsonResponse(400, { codeErreur: 'ERR-400', message });
}
