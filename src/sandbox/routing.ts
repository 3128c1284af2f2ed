import type { SandboxRequest } from './http/request';
import type { SandboxResponse } from './http/response';
import type { SandboxApi } from './types';

/** One upstream endpoint, its path written under /partenaire with `{name}` placeholders. */
export interface ApiRoute {
  api: SandboxApi;
  method: 'GET' | 'POST';
  template: string;
  handle(request: SandboxRequest, params: Record<string, string>): SandboxResponse;
}

export interface RouteMatch {
  route: ApiRoute;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  names: string[];
}

/** Literal routes are tried before templated ones, so `/offres/search` never reads as an offer id. */
export class ApiRouter {
  private readonly routes: CompiledRoute[];

  constructor(routes: ApiRoute[]) {
    const literalFirst = [...routes].sort(
      (a, b) => Number(a.template.includes('{')) - Number(b.template.includes('{')),
    );
    this.routes = literalFirst.map((route) => {
      const names: string[] = [];
      const source = route.template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name) {
            names.push(name);
            return '([^/]+)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { route, pattern: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, pattern, names } of this.routes) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = safeDecode(found[i + 1]);
      });
      return { route, params };
    }
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
