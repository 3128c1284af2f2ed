import 'reflect-metadata';

/** `npm run warm -- …`: a first Ctrl-C stops after the calls in flight and prints the summary, a second one quits. */
const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write('\nStopping after the calls in flight (Ctrl-C again to quit now)…\n');
  controller.abort();
});

// Loaded once the handler is in place: loading the graph and the sandbox takes seconds, a Ctrl-C among them counts.
import('./warm-command.js')
  .then(({ warmCommand }) =>
    warmCommand(process.argv.slice(2), process.env, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stderrIsTty: process.stderr.isTTY === true,
      signal: controller.signal,
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Warm-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
