import { InFlight } from '../../../src/upstream/core/in-flight';

describe('InFlight', () => {
  it('runs identical concurrent work once and hands every caller the same result', async () => {
    const inFlight = new InFlight();
    let runs = 0;
    let release!: (value: string) => void;
    const work = () => {
      runs += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const callers = [inFlight.run('k', work), inFlight.run('k', work), inFlight.run('k', work)];
    expect(inFlight.size).toBe(1);
    release('answer');
    await expect(Promise.all(callers)).resolves.toEqual(['answer', 'answer', 'answer']);
    expect(runs).toBe(1);
    expect(inFlight.size).toBe(0);
  });

  it('keeps different keys apart and forgets settled work, failures included', async () => {
    const inFlight = new InFlight();
    let runs = 0;
    const fail = () => {
      runs += 1;
      return Promise.reject(new Error('boom'));
    };
    await expect(Promise.all([inFlight.run('a', fail), inFlight.run('a', fail)])).rejects.toThrow('boom');
    await expect(inFlight.run('a', fail)).rejects.toThrow('boom');
    await expect(inFlight.run('b', async () => 'b')).resolves.toBe('b');
    expect(runs).toBe(2);
    expect(inFlight.size).toBe(0);
  });
});
