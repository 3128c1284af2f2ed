import type { FaultRule, SandboxApi } from '../types';

interface ActiveFault {
  rule: FaultRule;
  remaining: number;
}

/** Faults tests and benchmarks inject: the first matching rule answers instead of the API, `times` times. */
export class FaultInjector {
  private faults: ActiveFault[] = [];

  add(rule: FaultRule): void {
    if (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599)
      throw new RangeError('fault status must be an HTTP status');
    this.faults.push({ rule: { ...rule }, remaining: rule.times ?? Infinity });
  }

  clear(): void {
    this.faults = [];
  }

  /**
   * `api` is undefined for the token endpoint: only rules naming a path fragment of it apply there, so a rule
   * meant for every API does not also cut clients off from their tokens.
   */
  take(api: SandboxApi | undefined, path: string): FaultRule | undefined {
    const match = this.faults.find(({ rule, remaining }) => {
      if (remaining <= 0) return false;
      if (rule.pathIncludes !== undefined && !path.includes(rule.pathIncludes)) return false;
      if (api === undefined) return rule.api === undefined && rule.pathIncludes !== undefined;
      return rule.api === undefined || rule.api === api;
    });
    if (!match) return undefined;
    match.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return match.rule;
  }
}
