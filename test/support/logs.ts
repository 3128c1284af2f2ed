import { createLogger, useLogger } from '../../src/server/observability/logger';

export interface CapturedLogs {
  /** Every line written, as written (JSON text, redaction applied). */
  readonly lines: string[];
  /** The lines parsed. */
  entries(): Record<string, any>[];
  restore(): void;
}

/** Sends the server's log lines to memory (`lines`, or `into`), at `level` (all levels by default), until `restore()`. */
export function captureLogs(level = 'trace', into: string[] = []): CapturedLogs {
  const lines = into;
  const previous = useLogger(
    createLogger({ level, format: 'json', destination: { write: (line: string) => void lines.push(line) } }),
  );
  return {
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, any>),
    restore: () => void useLogger(previous),
  };
}
