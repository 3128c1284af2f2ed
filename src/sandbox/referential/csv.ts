import { readFileSync } from 'node:fs';

/**
 * Parses delimited text as the open-data exports write it: optional double quotes around any field, `""` inside
 * quotes for a literal quote, line breaks allowed inside quoted fields, LF or CRLF line ends. Rows that are entirely
 * empty (some ROME files put a blank line between records) are skipped.
 */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldWasQuoted = false;
  const length = text.length;
  const delimiterCode = delimiter.charCodeAt(0);

  const endRow = () => {
    row.push(field);
    const blank = row.length === 1 && row[0] === '' && !fieldWasQuoted;
    if (!blank) rows.push(row);
    row = [];
    field = '';
    fieldWasQuoted = false;
  };

  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (inQuotes) {
      if (code === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        // Copy runs of ordinary characters at once: per-character concatenation is slow on multi-MB files.
        let j = i;
        while (j < length && text.charCodeAt(j) !== 34) j++;
        field += text.slice(i, j);
        i = j - 1;
      }
      continue;
    }
    if (code === 34 && field === '') {
      inQuotes = true;
      fieldWasQuoted = true;
    } else if (code === delimiterCode) {
      row.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (code === 10 /* \n */) {
      endRow();
    } else if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) !== 10) endRow();
    } else {
      let j = i + 1;
      while (j < length) {
        const next = text.charCodeAt(j);
        if (next === delimiterCode || next === 10 || next === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j - 1;
    }
  }
  if (field !== '' || row.length > 0 || fieldWasQuoted) endRow();
  return rows;
}

/** Rows as objects keyed by the header names, exactly as written (trailing spaces included). */
export function readCsvRecords(path: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(readFileSync(path, 'utf8'), delimiter);
  if (!header) return [];
  return rows.map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = cells[index] ?? '';
    });
    return record;
  });
}
