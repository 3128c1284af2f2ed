import { batchedLines } from '../../src/server/observability/line-batches';

function collector() {
  const writes: string[] = [];
  return { writes, write: (text: string) => void writes.push(text) };
}

describe('batchedLines', () => {
  afterEach(() => jest.useRealTimers());

  it('writes nothing until a batch is full, then the whole batch at once, in order', () => {
    const target = collector();
    const lines = batchedLines(target, { maxChars: 30, maxDelayMs: 60_000 });
    lines.write('{"n":1}\n');
    lines.write('{"n":2}\n');
    lines.write('{"n":3}\n');
    expect(target.writes).toEqual([]);
    lines.write('{"n":4}\n');
    expect(target.writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n']);
    lines.write('{"n":5}\n');
    lines.flush();
    expect(target.writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n', '{"n":5}\n']);
  });

  it('writes a batch that stays short after the delay, and only once', () => {
    jest.useFakeTimers();
    const target = collector();
    const lines = batchedLines(target, { maxChars: 8_192, maxDelayMs: 200 });
    lines.write('a\n');
    jest.advanceTimersByTime(150);
    lines.write('b\n');
    expect(target.writes).toEqual([]);
    jest.advanceTimersByTime(50);
    expect(target.writes).toEqual(['a\nb\n']);
    jest.advanceTimersByTime(1_000);
    expect(target.writes).toEqual(['a\nb\n']);
    lines.flush();
    expect(target.writes).toEqual(['a\nb\n']);
  });

  it('writes what is pending when the process exits', () => {
    const target = collector();
    const lines = batchedLines(target, { maxChars: 8_192, maxDelayMs: 60_000 });
    lines.write('last words\n');
    process.emit('exit', 0);
    expect(target.writes).toEqual(['last words\n']);
  });
});
