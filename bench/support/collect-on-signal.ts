/**
 * Preloaded (`node --expose-gc --require …`) into a server whose memory the benchmark measures: on SIGUSR2 it runs a
 * full collection. Resident memory read right after requests counts whatever garbage V8 has not collected yet, tens of
 * MB that vary from run to run with the moment of the last collection; after this, it is what the server keeps.
 * Benchmark only: no server is started with it otherwise.
 */
export const COLLECT_SIGNAL = 'SIGUSR2';

const collect = (globalThis as { gc?: () => void }).gc;
if (collect) {
  process.on(COLLECT_SIGNAL, () => {
    // The second pass frees what the first one's finalisers released.
    collect();
    collect();
  });
}
