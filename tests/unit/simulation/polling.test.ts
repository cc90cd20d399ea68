import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Simulation } from '../../../lib/api/credere-api';
import {
  DEFAULT_POLL_POLICY,
  delayAfterRateLimit,
  nextDelayMs,
  pollTimedOut,
  runPollLoop,
} from '../../../lib/simulation/polling';
import { afterDate, findReconciled } from '../../../lib/simulation/reconcile';

afterEach(() => vi.useRealTimers());

describe('backoff', () => {
  it('grows by the factor and stops at the cap', () => {
    const delays = Array.from({ length: 10 }, (_, i) => nextDelayMs(i));
    expect(delays[0]).toBe(DEFAULT_POLL_POLICY.firstDelayMs);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(DEFAULT_POLL_POLICY.maxDelayMs);
    expect(delayAfterRateLimit(0, 10)).toBe(10_000);
    expect(delayAfterRateLimit(9, undefined)).toBe(DEFAULT_POLL_POLICY.maxDelayMs);
  });

  it('keeps the early polls short: the first three within a second of the create', () => {
    const early = [0, 1, 2].map((i) => nextDelayMs(i));
    expect(early[0]).toBeLessThanOrEqual(250);
    expect(early.reduce((a, b) => a + b, 0)).toBeLessThan(1000);
    expect(nextDelayMs(50)).toBeLessThanOrEqual(2000);
  });

  it('times out from the first poll', () => {
    expect(pollTimedOut(null, 1e9)).toBe(false);
    expect(pollTimedOut(0, DEFAULT_POLL_POLICY.timeoutMs - 1)).toBe(false);
    expect(pollTimedOut(0, DEFAULT_POLL_POLICY.timeoutMs)).toBe(true);
  });

  it('runs the loop with the delays the poll returns, retrying after errors', async () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const answers: (number | null | Error)[] = [400, new Error('rede'), 600, null];
    const poll = vi.fn(async () => {
      calls.push(Date.now());
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    const onError = vi.fn((_e: unknown, attempt: number) => (attempt < 3 ? 1000 : null));
    const start = Date.now();
    const loop = runPollLoop(poll, onError);
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(399);
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(poll).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(poll).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(600);
    await loop.done;
    expect(poll).toHaveBeenCalledTimes(4);
    expect(calls.map((c) => c - start)).toEqual([0, 400, 1400, 2000]);
  });

  it('stops when asked', async () => {
    vi.useFakeTimers();
    const poll = vi.fn(async () => 100);
    const loop = runPollLoop(poll, () => null);
    await vi.advanceTimersByTimeAsync(250);
    loop.stop();
    const count = poll.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(poll.mock.calls.length).toBe(count);
  });
});

describe('reconciliation after an indeterminate create', () => {
  const sim = (over: Partial<Simulation>): Simulation => ({
    uuid: 'u1',
    status: 'pending',
    createdAt: '2026-03-01T12:00:05Z',
    assetsValueCents: 7_250_000,
    leadCpfCnpj: '71460238001',
    sellerCpf: '36925814755',
    storeId: '3101',
    vehicleModelYear: 2023,
    vehicleManufactureYear: 2022,
    vehicleMolicarCode: '02104455-1',
    conditions: [],
    ...over,
  });
  const key = {
    leadCpfCnpj: '71460238001',
    assetsValueCents: 7_250_000,
    modelYear: 2023,
    manufactureYear: 2022,
    molicarCode: '02104455-1',
    sentAt: Date.parse('2026-03-01T12:00:00Z'),
  };

  it('finds the simulation CREDERE created', () => {
    expect(findReconciled([sim({ uuid: 'other', leadCpfCnpj: '52998224725' }), sim({})], key)?.uuid).toBe(
      'u1',
    );
  });

  it('ignores older simulations and other vehicles or values', () => {
    expect(findReconciled([sim({ createdAt: '2026-03-01T11:00:00Z' })], key)).toBeNull();
    expect(findReconciled([sim({ assetsValueCents: 1 })], key)).toBeNull();
    expect(findReconciled([sim({ vehicleMolicarCode: '01906112-2' })], key)).toBeNull();
  });

  it('formats `after` in America/Sao_Paulo', () => {
    expect(afterDate(Date.parse('2026-03-02T02:30:00Z'))).toBe('2026-03-01');
  });
});
