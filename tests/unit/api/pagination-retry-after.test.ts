import { describe, expect, it } from 'vitest';
import { collectPages, parseRetryAfter, RETRY_AFTER_CAP_SECONDS } from '../../../lib/api/http';

describe('collectPages', () => {
  it('stops at a short page', async () => {
    const pages: number[] = [];
    const out = await collectPages(
      async (page) => {
        pages.push(page);
        return page < 3 ? [page * 10, page * 10 + 1] : [99];
      },
      { perPage: 2 },
    );
    expect(out).toEqual([10, 11, 20, 21, 99]);
    expect(pages).toEqual([1, 2, 3]);
  });

  it('stops when a page repeats the previous one (server ignoring page)', async () => {
    const out = await collectPages(async () => [1, 2], { perPage: 2 });
    expect(out).toEqual([1, 2]);
  });

  it('stops at maxPages', async () => {
    let n = 0;
    const out = await collectPages(async () => [n++, n++], { perPage: 2, maxPages: 3 });
    expect(out).toHaveLength(6);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-06-01T12:00:00Z');
  it('seconds, HTTP dates, cap and garbage', () => {
    expect(parseRetryAfter('5', now)).toBe(5);
    expect(parseRetryAfter('Sat, 01 Jun 2024 12:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sat, 01 Jun 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999', now)).toBe(RETRY_AFTER_CAP_SECONDS);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
