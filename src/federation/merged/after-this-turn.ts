const queued: (() => void)[] = [];

/**
 * Runs `callback` once the current turn of the event loop is over, as `setImmediate` would. The callbacks queued
 * during one turn share a single immediate: under load many requests start in the same turn, and each immediate is
 * an object to allocate and a callback for the loop to run. Callbacks run in the order queued; one that throws does
 * not stop the others, and its error is rethrown once they have run.
 */
export function afterThisTurn(callback: () => void): void {
  if (queued.length === 0) setImmediate(runQueued);
  queued.push(callback);
}

function runQueued(): void {
  const callbacks = queued.splice(0);
  let failure: { error: unknown } | undefined;
  for (const callback of callbacks) {
    try {
      callback();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}
