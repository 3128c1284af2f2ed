import type { DestinationStream } from 'pino';

export interface LineBatchOptions {
  /** A batch is written once its lines reach this many characters… */
  maxChars: number;
  /** …or at the latest this long after its first line. */
  maxDelayMs: number;
}

export interface BatchedDestination extends DestinationStream {
  /** Writes what is pending now. */
  flush(): void;
}

/**
 * Hands log lines to `target` in batches: one write per batch rather than per line, each batch joined once. (A
 * destination that buffers by appending to one string measures that string on every line, which rebuilds it: at a
 * few thousand requests a second, kilobytes of garbage per request line.) What is pending is written when the
 * process exits, so `target` should write synchronously.
 */
export function batchedLines(target: DestinationStream, options: LineBatchOptions): BatchedDestination {
  let pending: string[] = [];
  let chars = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const batch = pending.join('');
    pending = [];
    chars = 0;
    target.write(batch);
  };
  process.once('exit', flush);
  return {
    write(line: string) {
      pending.push(line);
      chars += line.length;
      if (chars >= options.maxChars) flush();
      else timer ??= setTimeout(flush, options.maxDelayMs).unref();
    },
    flush,
  };
}
