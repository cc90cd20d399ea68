import type { SimulationCondition } from '../api/credere-api';
import type { Offer } from './types';

/**
 * Offers comparison: CREDERE conditions → rows the salesperson compares. Pure functions,
 * no browser APIs, so the window and the background share them and tests run them alone.
 */

export function offerFromCondition(
  condition: SimulationCondition,
  requestedDownPaymentCents: number | null,
  bankNames: Record<string, string> = {},
): Offer {
  const bankCode = condition.bankCode ?? '?';
  const installments = condition.installments;
  const installmentCents = condition.firstInstallmentCents;
  const downPayment = condition.downPaymentCents;
  const totalPaid =
    condition.amountPaidCents ??
    (installmentCents !== null && installments !== null ? installmentCents * installments : null);
  const bankSuggested =
    condition.suggestionReason === 'bank_suggested_down_payment' ||
    (requestedDownPaymentCents !== null && downPayment !== null && downPayment !== requestedDownPaymentCents);
  const coefficient =
    condition.coefficient ??
    (installmentCents !== null && condition.financedAmountCents
      ? Math.round((installmentCents / condition.financedAmountCents) * 1e6) / 1e6
      : null);
  return {
    conditionId: condition.id,
    bankCode,
    bankName: bankNames[bankCode] ?? condition.bankName ?? bankCode,
    status: condition.status,
    installments,
    downPaymentCents: downPayment,
    financedAmountCents: condition.financedAmountCents,
    installmentCents,
    interestMonthly: condition.interestMonthly,
    cetMonthly: condition.cetMonthly,
    cetAnnually: condition.cetAnnually,
    totalPaidCents: totalPaid,
    coefficient,
    retorno: condition.creditConditionReturn,
    preApprovalStatus: condition.preApprovalStatus,
    bankSuggested,
    reason: condition.reason,
    reasonIdentifier: condition.reasonIdentifier,
  };
}

/** Merges a fresh poll into what is known: processed results never go back to pending. */
export function mergeOffers(known: Offer[], fresh: Offer[]): Offer[] {
  const byId = new Map(known.map((offer) => [offer.conditionId, offer]));
  for (const offer of fresh) {
    const previous = byId.get(offer.conditionId);
    if (previous && previous.status !== 'pending' && offer.status === 'pending') continue;
    byId.set(offer.conditionId, offer);
  }
  return [...byId.values()];
}

export type Chance = 'high' | 'some' | 'none' | 'unknown';

/** pre_approval_status 3/2/1 → chance of approval. */
export function chanceOf(offer: Pick<Offer, 'preApprovalStatus' | 'status'>): Chance {
  if (offer.status === 'rejected' || offer.preApprovalStatus === 1) return 'none';
  if (offer.preApprovalStatus !== null && offer.preApprovalStatus >= 3) return 'high';
  if (offer.preApprovalStatus === 2) return 'some';
  return 'unknown';
}

export interface Progress {
  banksTotal: number;
  /** Banks whose every condition is processed (or given up on). */
  banksResponded: number;
  conditionsTotal: number;
  conditionsDone: number;
  done: boolean;
}

export function progressOf(offers: Offer[], bankCodes: string[], timedOutBanks: string[] = []): Progress {
  const pendingBanks = new Set(
    offers
      .filter((o) => o.status === 'pending' && !timedOutBanks.includes(o.bankCode))
      .map((o) => o.bankCode),
  );
  const seenBanks = new Set(offers.map((o) => o.bankCode));
  const banks = bankCodes.length ? bankCodes : [...seenBanks];
  // A bank with no condition yet has not answered either.
  const responded = banks.filter(
    (code) => (seenBanks.has(code) || timedOutBanks.includes(code)) && !pendingBanks.has(code),
  ).length;
  const conditionsDone = offers.filter((o) => o.status !== 'pending').length;
  return {
    banksTotal: banks.length,
    banksResponded: responded,
    conditionsTotal: offers.length,
    conditionsDone,
    done: offers.length > 0 && pendingBanks.size === 0 && responded === banks.length,
  };
}

/** Only offers a salesperson can pick: available and not refused in pre-analysis. */
export function selectable(offer: Offer): boolean {
  return offer.status === 'available' && offer.installmentCents !== null && chanceOf(offer) !== 'none';
}

/**
 * Best offer per bank: the highest chance of approval first; then an offer at the down
 * payment the customer asked over a bank-suggested one (a bigger down payment always lowers
 * the total paid, so totals of different down payments do not compare); then the lowest CET
 * (the cost measure that compares across terms); then the lowest total paid and the lowest
 * installment. Returns
 * condition ids.
 */
export function bestPerBank(offers: Offer[]): Set<string> {
  const best = new Map<string, Offer>();
  for (const offer of offers) {
    if (!selectable(offer)) continue;
    const current = best.get(offer.bankCode);
    if (!current || compareForBest(offer, current) < 0) best.set(offer.bankCode, offer);
  }
  return new Set([...best.values()].map((offer) => offer.conditionId));
}

const CHANCE_RANK: Record<Chance, number> = { high: 0, some: 1, unknown: 2, none: 3 };

function compareForBest(a: Offer, b: Offer): number {
  return (
    CHANCE_RANK[chanceOf(a)] - CHANCE_RANK[chanceOf(b)] ||
    Number(a.bankSuggested) - Number(b.bankSuggested) ||
    nullLast(a.cetMonthly, b.cetMonthly) ||
    nullLast(a.totalPaidCents, b.totalPaidCents) ||
    nullLast(a.installmentCents, b.installmentCents) ||
    a.conditionId.localeCompare(b.conditionId)
  );
}

function nullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export const SORT_KEYS = [
  'bankName',
  'installments',
  'installmentCents',
  'downPaymentCents',
  'interestMonthly',
  'cetMonthly',
  'cetAnnually',
  'totalPaidCents',
  'retorno',
  'chance',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

function sortValue(offer: Offer, key: SortKey): number | string | null {
  switch (key) {
    case 'chance':
      return CHANCE_RANK[chanceOf(offer)];
    case 'retorno':
      return offer.retorno === null ? null : Number(offer.retorno);
    case 'bankName':
      return offer.bankName.toLocaleLowerCase('pt-BR');
    default:
      return offer[key];
  }
}

/**
 * Sorted copy. Refused and failed rows always go to the bottom (they cannot be chosen);
 * empty values sort last in either direction; ties keep bank then term order.
 */
export function sortOffers(offers: Offer[], key: SortKey, direction: SortDirection): Offer[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...offers].sort((a, b) => {
    const usable = Number(selectable(b)) - Number(selectable(a));
    if (usable) return usable;
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    let cmp = 0;
    if (va === null || vb === null) cmp = va === vb ? 0 : va === null ? 1 : -1;
    else if (typeof va === 'string' || typeof vb === 'string')
      cmp = sign * String(va).localeCompare(String(vb), 'pt-BR');
    else cmp = sign * (va - vb);
    return (
      cmp ||
      a.bankName.localeCompare(b.bankName, 'pt-BR') ||
      (a.installments ?? 0) - (b.installments ?? 0) ||
      (a.downPaymentCents ?? 0) - (b.downPaymentCents ?? 0)
    );
  });
}

/**
 * Chart series: installment by term, one line per bank, selectable offers at the asked down payment
 * (or, with `suggested`, at the bank-suggested one), limited to `bankCodes` when given.
 */
export function chartSeries(
  offers: Offer[],
  options: { suggested?: boolean; bankCodes?: ReadonlySet<string> } = {},
): { bankCode: string; bankName: string; points: { x: number; y: number }[] }[] {
  // One down-payment kind per chart: mixing them would compare different financed amounts.
  const suggested = options.suggested ?? false;
  const byBank = new Map<string, { bankName: string; points: Map<number, number> }>();
  for (const offer of offers) {
    if (
      !selectable(offer) ||
      offer.bankSuggested !== suggested ||
      (options.bankCodes && !options.bankCodes.has(offer.bankCode)) ||
      offer.installments === null ||
      offer.installmentCents === null
    )
      continue;
    const entry = byBank.get(offer.bankCode) ?? { bankName: offer.bankName, points: new Map() };
    const previous = entry.points.get(offer.installments);
    if (previous === undefined || offer.installmentCents < previous)
      entry.points.set(offer.installments, offer.installmentCents);
    byBank.set(offer.bankCode, entry);
  }
  return [...byBank.entries()].map(([bankCode, { bankName, points }]) => ({
    bankCode,
    bankName,
    points: [...points.entries()].sort((a, b) => a[0] - b[0]).map(([x, y]) => ({ x, y })),
  }));
}

/** Every bank refused or failed: nothing can be chosen. */
export function allRefused(offers: Offer[]): boolean {
  return offers.length > 0 && offers.every((o) => o.status !== 'pending' && !selectable(o));
}

/** What the salesperson narrows the comparison to; empty terms = every term. */
export interface OfferFilter {
  view: 'best' | 'all';
  terms: number[];
  downPayment: 'any' | 'suggested' | 'asked';
}

export const DEFAULT_FILTER: OfferFilter = { view: 'best', terms: [], downPayment: 'any' };

/** Offers that pass the term and down-payment filters (the view is not applied). */
export function filterOffers(offers: Offer[], filter: Pick<OfferFilter, 'terms' | 'downPayment'>): Offer[] {
  return offers.filter((offer) => {
    // A bank that has not answered yet, or failed as a whole, has no term: keep it visible.
    if (filter.terms.length && offer.installments !== null && !filter.terms.includes(offer.installments))
      return false;
    if (!selectable(offer)) return true;
    if (filter.downPayment === 'suggested') return offer.bankSuggested;
    if (filter.downPayment === 'asked') return !offer.bankSuggested;
    return true;
  });
}

/** Why a bank has no offer to choose, most hopeful first: still waiting, error, refused. */
function whyNoneRank(offer: Offer): number {
  if (offer.status === 'pending') return 0;
  if (offer.status === 'failed') return 1;
  return 2;
}

/**
 * Rows to show. 'best': one row per bank — its best selectable offer within the filters, or,
 * when it has none, one row saying why (still waiting, error, refused), so every bank asked is
 * accounted for. 'all': every offer within the filters.
 */
export function visibleOffers(offers: Offer[], filter: OfferFilter): Offer[] {
  const filtered = filterOffers(offers, filter);
  if (filter.view === 'all') return filtered;
  const best = bestPerBank(filtered);
  const rows = new Map<string, Offer>();
  for (const offer of filtered) {
    if (best.has(offer.conditionId)) {
      rows.set(offer.bankCode, offer);
      continue;
    }
    // Another offer of a bank that has a best one is only seen in the full list.
    if (selectable(offer)) continue;
    const current = rows.get(offer.bankCode);
    // A bank still waiting beats one that failed, which beats a refusal: it may still answer.
    if (!current || (!best.has(current.conditionId) && whyNoneRank(offer) < whyNoneRank(current)))
      rows.set(offer.bankCode, offer);
  }
  return [...rows.values()];
}

/** Terms present in the results, for the quick filters. */
export function termsOf(offers: Offer[]): number[] {
  return [...new Set(offers.map((o) => o.installments).filter((x): x is number => x !== null))].sort(
    (a, b) => a - b,
  );
}
