import pino, { type DestinationStream, type Logger } from 'pino';
import { isoTimestamp } from './iso-timestamp';
import { batchedLines } from './line-batches';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: string;
  /** `pretty` is honoured only on a terminal: piped output stays one JSON object per line. */
  format: LogFormat;
  /** Where lines go (stdout by default); tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * Whatever a log line may carry by mistake is censored by pino before it is written: credentials, bearer tokens,
 * the job seeker's token header, and job-seeker data (their sought jobs, their identity).
 */
export const REDACTED_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'headers["x-job-seeker-token"]',
  'headers["proxy-authorization"]',
  '*.headers.authorization',
  '*.headers["x-job-seeker-token"]',
  'credentials',
  '*.credentials',
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  '*.client_secret',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'jobSeekerToken',
  '*.jobSeekerToken',
  'variables',
  '*.variables',
];

export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'travail-graph' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: isoTimestamp,
  };
  if (options.destination) return pino(settings, options.destination);
  if (options.format === 'pretty' && process.stdout.isTTY)
    return pino({ ...settings, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(
    settings,
    batchedLines(pino.destination({ dest: 1, sync: true }), { maxChars: BATCH_CHARS, maxDelayMs: FLUSH_EVERY_MS }),
  );
}

/**
 * Lines leave in batches: a write costs several times what building a line does, and a busy server would otherwise
 * make one system call per request. A batch goes when it reaches this size, or at the latest after FLUSH_EVERY_MS,
 * and what is pending is written when the process exits.
 */
const BATCH_CHARS = 32 * 1024;
const FLUSH_EVERY_MS = 200;

let current: Logger | undefined;

/**
 * Writes an info line whose every field the server builds itself (the request line), exactly as pino would write it,
 * from fields already serialised (JSON members without the enclosing braces, see request-line.ts). Nothing in such a
 * line can hold a secret, so it skips the redactor, whose wildcard paths visit every field of every line, and pino's
 * field-by-field serialisation: together most of the line's cost. Lines that carry outside data (headers, errors,
 * upstream answers) go through `logger()`. Reads the logger's time function, bindings and destination through
 * `pino.symbols`, pino's interface for such integrations.
 */
export function writeSerialisedLine(fieldsJson: string, message: string, base: Logger = logger()): void {
  if (!base.isLevelEnabled('info')) return;
  const internals = base as unknown as Record<symbol, unknown>;
  const time = (internals[pino.symbols.timeSym] as () => string)();
  const bindings = internals[pino.symbols.chindingsSym] as string;
  (internals[pino.symbols.streamSym] as DestinationStream).write(
    `{"level":${base.levels.values.info}${time}${bindings}${fieldsJson ? `,${fieldsJson}` : ''},"msg":${JSON.stringify(message)}}\n`,
  );
}

/**
 * The process's logger, built from LOG_LEVEL and LOG_FORMAT on first use. Under a test runner (NODE_ENV=test) it is
 * silent unless LOG_LEVEL says otherwise: tests that read logs install their own with `useLogger`.
 */
export function logger(): Logger {
  return (current ??= createLogger({
    level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    format: process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json',
  }));
}

/** Replaces the process's logger (start-up with explicit settings, tests reading the lines); returns the previous one. */
export function useLogger(replacement: Logger | undefined): Logger | undefined {
  const previous = current;
  current = replacement;
  return previous;
}
