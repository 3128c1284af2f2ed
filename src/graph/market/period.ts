import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badUserInput } from '../shared/errors';

export enum PeriodKind {
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: "How long a labour-market figure's period is.",
  valuesConfig: {
    QUARTER: { description: 'A calendar quarter, code "2025T3".' },
    YEAR: { description: 'A calendar year, code "2024".' },
  },
});

@ObjectType({ description: 'The period a labour-market figure is for: a quarter or a year.', simpleResolvers: true })
export class Period {
  @Field(() => PeriodKind)
  kind!: PeriodKind;

  @Field({ description: 'France Travail\'s period code: "2025T3" for a quarter, "2024" for a year.' })
  code!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Quarter 1–4; null for a year.' })
  quarter!: number | null;

  @Field({ description: 'Label as France Travail publishes it, e.g. "3ème trimestre 2025".' })
  label!: string;
}

@InputType({
  description: 'A range of periods, both ends included: quarters "2024T1" to "2025T2", or years "2019" to "2020".',
})
export class PeriodRangeInput {
  @Field({ description: 'First period.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Last period; the latest published when omitted.' })
  to?: string | null;
}

const QUARTER_CODE = /^(\d{4})T([1-4])$/;
const YEAR_CODE = /^(\d{4})$/;

/** A Period from an upstream code and label; null when the code is neither a quarter nor a year. */
export function toPeriod(code: string, label: string | null | undefined): Period | null {
  const quarter = QUARTER_CODE.exec(code);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return { kind: PeriodKind.QUARTER, code, year, quarter: q, label: label ?? `${year} Q${q}` };
  }
  const year = YEAR_CODE.exec(code);
  if (year) return { kind: PeriodKind.YEAR, code, year: Number(year[1]), quarter: null, label: label ?? code };
  return null;
}

/** A validated range: codes of the indicator's period kind, `from` not after `to`. */
export interface PeriodRange {
  from: string;
  to: string | null;
}

export function assertPeriodRange(range: PeriodRangeInput, kind: PeriodKind, argument: string): PeriodRange {
  const pattern = kind === PeriodKind.QUARTER ? QUARTER_CODE : YEAR_CODE;
  const example = kind === PeriodKind.QUARTER ? '"2025T1"' : '"2024"';
  const from = range.from.trim().toUpperCase();
  const to = range.to?.trim().toUpperCase() ?? null;
  for (const code of [from, to]) {
    if (code !== null && !pattern.test(code))
      throw badUserInput(`"${code}" is not a ${kind.toLowerCase()} period code: expected e.g. ${example}.`, argument);
  }
  if (to !== null && to < from)
    throw badUserInput(`The period range ends (${to}) before it starts (${from}).`, argument);
  return { from, to };
}

/** Codes of one kind sort as strings ("2024T4" < "2025T1"). */
export function inRange(code: string, range: PeriodRange): boolean {
  return code >= range.from && (range.to === null || code <= range.to);
}
