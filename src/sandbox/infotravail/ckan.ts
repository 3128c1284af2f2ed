import { jsonResponse, type SandboxResponse } from '../http/response';

const HELP = 'https://api.francetravail.io/partenaire/infotravail/v1/help_show?name=';

/** CKAN's success envelope. */
export function ckanResult(action: string, result: unknown): SandboxResponse {
  return jsonResponse(200, { help: `${HELP}${action}`, success: true, result });
}

export function ckanNotFound(action: string, what: string): SandboxResponse {
  return jsonResponse(404, {
    help: `${HELP}${action}`,
    success: false,
    error: { message: `Not found: ${what}`, __type: 'Not Found Error' },
  });
}

/** CKAN reports invalid parameters as 409 "Validation Error", keyed by the parameter at fault. */
export function ckanValidationError(action: string, parameter: string, problem: string): SandboxResponse {
  return jsonResponse(409, {
    help: `${HELP}${action}`,
    success: false,
    error: { [parameter]: [problem], __type: 'Validation Error', message: `${parameter}: ${problem}` },
  });
}
