import { Prng } from '../offres/prng';
import type { FaultRule, SandboxApi } from '../types';

interface ActiveFault {
  rule: FaultRule;
  remaining: number;
  /** Draws which matching calls get a fault that applies to a share of them. */
  draw?: Prng;
}

/** Faults tests and benchmarks inject: the first matching rule answers instead of the API, `times` times. */
export class FaultInjector {
  private faults: ActiveFault[] = [];

  add(rule: FaultRule): void {
    if (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599)
      throw new RangeError('fault status must be an HTTP status');
    if (rule.share !== undefined && !(rule.share > 0 && rule.share <= 1))
      throw new RangeError('fault share must be in (0, 1]');
    const draw = rule.share !== undefined && rule.share < 1 ? Prng.fromKey(`fault:${this.faults.length}`) : undefined;
    this.faults.push({ rule: { ...rule }, remaining: rule.times ?? Infinity, draw });
  }

  clear(): void {
    this.faults = [];
  }

  /**
   * `api` is undefined for the token endpoint: only rules naming a path fragment of it apply there, so a rule
   * meant for every API does not also cut clients off from their tokens.
   */
  take(api: SandboxApi | undefined, path: string): FaultRule | undefined {
    const match = this.faults.find(({ rule, remaining, draw }) => {
      if (remaining <= 0) return false;
      if (rule.pathIncludes !== undefined && !path.includes(rule.pathIncludes)) return false;
      const applies =
        api === undefined ? rule.api === undefined && rule.pathIncludes !== undefined : !rule.api || rule.api === api;
      return applies && (!draw || draw.next() < rule.share!);
    });
    if (!match) return undefined;
    match.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return match.rule;
  }
}
