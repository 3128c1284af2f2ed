import type { BenchRow, BenchSection } from '../report-types';

/** Every section in one markdown table: a bold line names each section, its rows follow. */
export function renderBenchTable(sections: BenchSection[]): string {
  const lines = ['| Figure | travail-graph | Baseline | Ratio | Target | Met? |', '|---|---|---|---:|---|:---:|'];
  for (const section of sections) {
    lines.push(`| **${cell(section.title)}** | | | | | |`);
    for (const row of section.rows) lines.push(renderRow(row));
  }
  return lines.join('\n');
}

function renderRow(row: BenchRow): string {
  const baseline =
    row.baseline === null || row.baseline === undefined ? '—' : `${row.baselineName}: ${formatValue(row.baseline)}`;
  const ratio = row.ratio === null || !Number.isFinite(row.ratio) ? '—' : `${formatValue(row.ratio)} ×`;
  const met = row.met === null ? '—' : row.met ? 'yes' : '**no**';
  return `| ${[row.figure, formatValue(row.travailGraph), baseline, ratio, row.target, met].map(cell).join(' | ')} |`;
}

function formatValue(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
