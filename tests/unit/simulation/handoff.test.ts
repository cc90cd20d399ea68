import { describe, expect, it, vi } from 'vitest';
import { createHandoff } from '../../../lib/simulation/handoff';

describe('handoff of work started ahead (the click starts the window first load)', () => {
  it('hands the started work to the first taker only; the next taker gets nothing', async () => {
    const handoff = createHandoff<string>(5_000, () => 0);
    const run = vi.fn(async () => 'view');
    handoff.start('7:0', run);
    await expect(handoff.take('7:0')).resolves.toBe('view');
    expect(handoff.take('7:0')).toBeNull();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts the work once per key while it is parked (a double click loads once)', () => {
    const handoff = createHandoff<string>(5_000, () => 0);
    const run = vi.fn(async () => 'view');
    handoff.start('7:0', run);
    handoff.start('7:0', run);
    handoff.start('8:0', run);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets work older than the ttl, so a window opened later reads fresh state', () => {
    let now = 0;
    const handoff = createHandoff<string>(5_000, () => now);
    const run = vi.fn(async () => 'old');
    handoff.start('7:0', run);
    now = 5_000;
    expect(handoff.take('7:0')).toBeNull();
    handoff.start('7:0', run);
    now = 10_001;
    handoff.start('8:0', run);
    expect(run).toHaveBeenCalledTimes(3);
    expect(handoff.take('7:0')).toBeNull();
  });

  it('passes a failure to the taker, and an untaken failure is not an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const handoff = createHandoff<string>(5_000, () => 0);
      handoff.start('7:0', async () => {
        throw new Error('readiness');
      });
      handoff.start('8:0', async () => {
        throw new Error('ignored');
      });
      await expect(handoff.take('7:0')).rejects.toThrow('readiness');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
