import { afterThisTurn } from '../../src/federation/merged/after-this-turn';

describe('afterThisTurn', () => {
  it('runs callbacks after the current turn and its promise jobs, in the order queued', async () => {
    const ran: string[] = [];
    afterThisTurn(() => ran.push('first'));
    void Promise.resolve().then(() => ran.push('promise job'));
    process.nextTick(() => ran.push('next tick'));
    afterThisTurn(() => ran.push('second'));
    ran.push('this turn');
    expect(ran).toEqual(['this turn']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toHaveLength(5);
    expect(ran.slice(1, 3).sort()).toEqual(['next tick', 'promise job']);
    expect(ran.slice(3)).toEqual(['first', 'second']);
  });

  it('queues a callback added by a running callback for the next turn', async () => {
    const ran: string[] = [];
    afterThisTurn(() => {
      ran.push('outer');
      afterThisTurn(() => ran.push('inner'));
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['outer']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['outer', 'inner']);
  });
});
