import { describe, expect, it } from 'vitest';
import type { SimulationCondition } from '../../../lib/api/credere-api';
import {
  allRefused,
  bestPerBank,
  chanceOf,
  chartSeries,
  DEFAULT_FILTER,
  filterOffers,
  mergeOffers,
  offerFromCondition,
  progressOf,
  sortOffers,
  termsOf,
  visibleOffers,
} from '../../../lib/simulation/offers';

function condition(over: Partial<SimulationCondition>): SimulationCondition {
  return {
    id: '1',
    status: 'available',
    bankCode: '033',
    bankId: '33',
    bankName: 'Banco Santander',
    installments: 36,
    downPaymentCents: 1_000_000,
    financedAmountCents: 5_000_000,
    firstInstallmentCents: 200_000,
    lastInstallmentCents: 200_000,
    amountPaidCents: 7_200_000,
    interestMonthly: 1.5,
    interestAnnually: 19.5,
    cetMonthly: 1.8,
    cetAnnually: 23.9,
    coefficient: null,
    preApprovalStatus: 3,
    available: true,
    success: true,
    error: false,
    reason: null,
    reasonIdentifier: null,
    suggestionReason: null,
    creditConditionCode: null,
    creditConditionReturn: '2',
    paymentFlow: [],
    expenses: [],
    processedAt: null,
    ...over,
  };
}

describe('offerFromCondition', () => {
  it('marks bank-suggested down payments and derives the coefficient', () => {
    const asked = offerFromCondition(condition({}), 1_000_000, { '033': 'Santander' });
    expect(asked.bankSuggested).toBe(false);
    expect(asked.bankName).toBe('Santander');
    expect(asked.coefficient).toBeCloseTo(0.04, 6);
    const suggested = offerFromCondition(
      condition({ downPaymentCents: 1_749_950, suggestionReason: 'bank_suggested_down_payment' }),
      1_000_000,
    );
    expect(suggested.bankSuggested).toBe(true);
    const different = offerFromCondition(condition({ downPaymentCents: 2_000_000 }), 1_000_000);
    expect(different.bankSuggested).toBe(true);
  });

  it('computes total paid when CREDERE omits it', () => {
    const offer = offerFromCondition(
      condition({ amountPaidCents: null, installments: 10, firstInstallmentCents: 123 }),
      null,
    );
    expect(offer.totalPaidCents).toBe(1230);
  });
});

describe('chance of approval', () => {
  it('maps pre_approval_status 3/2/1', () => {
    expect(chanceOf({ preApprovalStatus: 3, status: 'available' })).toBe('high');
    expect(chanceOf({ preApprovalStatus: 2, status: 'available' })).toBe('some');
    expect(chanceOf({ preApprovalStatus: 1, status: 'available' })).toBe('none');
    expect(chanceOf({ preApprovalStatus: null, status: 'rejected' })).toBe('none');
    expect(chanceOf({ preApprovalStatus: null, status: 'available' })).toBe('unknown');
  });
});

describe('best per bank and sorting', () => {
  const offers = [
    offerFromCondition(
      condition({
        id: 'a',
        bankCode: '033',
        installments: 24,
        firstInstallmentCents: 300_000,
        amountPaidCents: 7_200_000,
      }),
      1_000_000,
    ),
    offerFromCondition(
      condition({
        id: 'b',
        bankCode: '033',
        installments: 48,
        firstInstallmentCents: 170_000,
        amountPaidCents: 8_160_000,
      }),
      1_000_000,
    ),
    offerFromCondition(
      condition({
        id: 'c',
        bankCode: '341',
        bankName: 'Itaú',
        preApprovalStatus: 2,
        amountPaidCents: 7_000_000,
      }),
      1_000_000,
    ),
    offerFromCondition(
      condition({
        id: 'd',
        bankCode: '341',
        bankName: 'Itaú',
        preApprovalStatus: 3,
        amountPaidCents: 7_500_000,
      }),
      1_000_000,
    ),
    offerFromCondition(
      condition({
        id: 'e',
        bankCode: '623',
        bankName: 'Pan',
        status: 'rejected',
        preApprovalStatus: 1,
        available: false,
      }),
      1_000_000,
    ),
  ];

  it('prefers the higher chance, then the lower CET and total paid, and never marks refused rows', () => {
    expect([...bestPerBank(offers)].sort()).toEqual(['a', 'd']);
  });

  it('ranks by CET before total paid, and the asked down payment before a bank-suggested one', () => {
    const cheaperRate = offerFromCondition(
      condition({ id: 'cet', installments: 48, cetMonthly: 1.6, amountPaidCents: 9_000_000 }),
      1_000_000,
    );
    const shorter = offerFromCondition(
      condition({ id: 'short', installments: 24, cetMonthly: 1.9, amountPaidCents: 6_000_000 }),
      1_000_000,
    );
    const suggested = offerFromCondition(
      condition({ id: 'sug', cetMonthly: 1.2, downPaymentCents: 2_000_000, amountPaidCents: 4_000_000 }),
      1_000_000,
    );
    expect([...bestPerBank([shorter, cheaperRate])]).toEqual(['cet']);
    expect([...bestPerBank([suggested, shorter, cheaperRate])]).toEqual(['cet']);
    expect([...bestPerBank([suggested])]).toEqual(['sug']);
  });

  it('sorts both ways and keeps refused rows last', () => {
    const asc = sortOffers(offers, 'installmentCents', 'ascending').map((o) => o.conditionId);
    expect(asc.at(-1)).toBe('e');
    expect(asc[0]).toBe('b');
    const desc = sortOffers(offers, 'installmentCents', 'descending').map((o) => o.conditionId);
    expect(desc[0]).toBe('a');
    expect(desc.at(-1)).toBe('e');
    const byChance = sortOffers(offers, 'chance', 'ascending').map((o) => o.conditionId);
    expect(byChance.indexOf('c')).toBeGreaterThan(byChance.indexOf('d'));
  });

  it('charts installment by term per bank, without refused or suggested rows', () => {
    const series = chartSeries(offers);
    expect(series.map((s) => s.bankCode).sort()).toEqual(['033', '341']);
    expect(series.find((s) => s.bankCode === '033')!.points).toEqual([
      { x: 24, y: 300_000 },
      { x: 48, y: 170_000 },
    ]);
  });

  it('detects when every bank refused', () => {
    expect(allRefused(offers)).toBe(false);
    expect(allRefused([offers[4]!])).toBe(true);
    expect(allRefused([])).toBe(false);
  });
});

describe('progress and merge', () => {
  it('counts banks whose every condition is processed', () => {
    const pending = offerFromCondition(condition({ id: 'p', bankCode: '422', status: 'pending' }), null);
    const done = offerFromCondition(condition({ id: 'q', bankCode: '033' }), null);
    const progress = progressOf([pending, done], ['033', '422', '341']);
    expect(progress).toMatchObject({ banksTotal: 3, banksResponded: 1, done: false });
    expect(progressOf([pending, done], ['033', '422'], ['422'])).toMatchObject({
      banksResponded: 2,
      done: true,
    });
  });

  it('never lets a processed result go back to pending', () => {
    const done = offerFromCondition(condition({ id: 'x' }), null);
    const stale = offerFromCondition(condition({ id: 'x', status: 'pending' }), null);
    expect(mergeOffers([done], [stale])[0]!.status).toBe('available');
    expect(mergeOffers([stale], [done])[0]!.status).toBe('available');
  });
});

describe('best-per-bank view and quick filters', () => {
  const asked = 1_000_000;
  const offer = (over: Partial<SimulationCondition>) => offerFromCondition(condition(over), asked);
  // Santander: 24x and 48x at the asked down payment, 24x at a bank-suggested one (cheapest in
  // total only because the customer would put more money down: not the bank's best).
  // Itaú: 36x only. Pan: refused everywhere. BV: still waiting.
  const offers = [
    offer({ id: 's24', installments: 24, firstInstallmentCents: 300_000, amountPaidCents: 7_200_000 }),
    offer({ id: 's48', installments: 48, firstInstallmentCents: 170_000, amountPaidCents: 8_160_000 }),
    offer({
      id: 's24-sug',
      installments: 24,
      downPaymentCents: 1_800_000,
      firstInstallmentCents: 260_000,
      amountPaidCents: 6_240_000,
      suggestionReason: 'bank_suggested_down_payment',
    }),
    offer({ id: 'i36', bankCode: '341', bankName: 'Itaú', installments: 36, amountPaidCents: 7_000_000 }),
    offer({ id: 'p24', bankCode: '623', bankName: 'Pan', status: 'rejected', preApprovalStatus: 1 }),
    offer({ id: 'p48', bankCode: '623', bankName: 'Pan', installments: 48, preApprovalStatus: 1 }),
    offer({ id: 'b24', bankCode: '655', bankName: 'BV', status: 'pending', installments: 24 }),
    offer({ id: 'b48', bankCode: '655', bankName: 'BV', status: 'rejected', installments: 48 }),
  ];
  const ids = (rows: { conditionId: string }[]) => rows.map((o) => o.conditionId).sort();

  it('shows one row per bank by default: the best offer, or why the bank has none', () => {
    const rows = visibleOffers(offers, DEFAULT_FILTER);
    expect(ids(rows)).toEqual(['b24', 'i36', 'p24', 's24'].sort());
    expect(new Set(rows.map((o) => o.bankCode)).size).toBe(rows.length);
  });

  it('shows every offer in the full list', () => {
    expect(visibleOffers(offers, { ...DEFAULT_FILTER, view: 'all' })).toHaveLength(offers.length);
  });

  it('filters by term: the best of each bank within the chosen terms, banks without them hidden', () => {
    const rows = visibleOffers(offers, { ...DEFAULT_FILTER, terms: [48] });
    expect(ids(rows)).toEqual(['b48', 'p48', 's48'].sort());
    const two = visibleOffers(offers, { ...DEFAULT_FILTER, view: 'all', terms: [24, 36] });
    expect(ids(two)).toEqual(['b24', 'i36', 'p24', 's24', 's24-sug'].sort());
  });

  it('filters by who set the down payment', () => {
    const onlyAsked = visibleOffers(offers, { ...DEFAULT_FILTER, downPayment: 'asked' });
    expect(ids(onlyAsked)).toEqual(['b24', 'i36', 'p24', 's24'].sort());
    const onlySuggested = filterOffers(offers, { terms: [], downPayment: 'suggested' }).filter(
      (o) => o.status === 'available' && o.preApprovalStatus !== 1,
    );
    expect(ids(onlySuggested)).toEqual(['s24-sug']);
  });

  it('lists the terms present, in order', () => {
    expect(termsOf(offers)).toEqual([24, 36, 48]);
  });

  it('charts the suggested down payments apart, limited to the banks shown', () => {
    expect(chartSeries(offers, { suggested: true }).map((s) => s.bankCode)).toEqual(['033']);
    expect(chartSeries(offers, { bankCodes: new Set(['341']) }).map((s) => s.bankCode)).toEqual(['341']);
  });
});
