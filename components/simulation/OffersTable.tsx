import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import {
  bestPerBank,
  chanceOf,
  type SortDirection,
  type SortKey,
  selectable,
  sortOffers,
} from '@/lib/simulation/offers';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { Offer } from '@/lib/simulation/types';
import { money, pct } from './format';

const COLUMNS: { key: SortKey; label: () => string; numeric: boolean }[] = [
  { key: 'bankName', label: () => t(S.colBank), numeric: false },
  { key: 'installments', label: () => t(S.colTerm), numeric: true },
  { key: 'installmentCents', label: () => t(S.colInstallment), numeric: true },
  { key: 'downPaymentCents', label: () => t(S.colDownPayment), numeric: true },
  { key: 'interestMonthly', label: () => t(S.colRate), numeric: true },
  { key: 'cetMonthly', label: () => t(S.colCetMonth), numeric: true },
  { key: 'cetAnnually', label: () => t(S.colCetYear), numeric: true },
  { key: 'totalPaidCents', label: () => t(S.colTotal), numeric: true },
  { key: 'retorno', label: () => t(S.colReturn), numeric: true },
  { key: 'chance', label: () => t(S.colChance), numeric: false },
];

function chanceText(offer: Offer): string {
  switch (chanceOf(offer)) {
    case 'high':
      return t(S.chanceHigh);
    case 'some':
      return t(S.chanceSome);
    case 'none':
      return t(S.chanceNone);
    default:
      return t(S.chanceUnknown);
  }
}

function statusText(offer: Offer): string | null {
  if (offer.status === 'pending') return t(S.pending);
  if (offer.status === 'failed') return `${t(S.failed)}${offer.reason ? `: ${offer.reason}` : ''}`;
  if (offer.status === 'rejected' || chanceOf(offer) === 'none')
    return `${t(S.refused)}${offer.reason ? `: ${offer.reason}` : ''}`;
  return null;
}

/** Sortable comparison of offers (aria-sort on the active column), best per bank marked. */
export function OffersTable(props: {
  offers: Offer[];
  canChoose: boolean;
  onChoose: (offer: Offer) => void;
  busy: boolean;
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'totalPaidCents',
    direction: 'ascending',
  });
  const best = bestPerBank(props.offers);
  const rows = sortOffers(props.offers, sort.key, sort.direction);
  const toggle = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <div class="sim-table-wrap">
      <table class="sim-offers">
        <caption class="visually-hidden">{t(S.offersTitle)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? sort.direction : 'none'}
                class={column.numeric ? 'num' : undefined}
              >
                <button
                  type="button"
                  class="sim-sort"
                  onClick={() => toggle(column.key)}
                  aria-label={t(S.sortBy, column.label())}
                >
                  {column.label()}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t(S.colAction)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((offer) => {
            const status = statusText(offer);
            const isBest = best.has(offer.conditionId);
            const usable = selectable(offer);
            return (
              <tr
                key={offer.conditionId}
                class={`${isBest ? 'best' : ''} ${usable ? '' : 'unusable'}`}
                data-condition={offer.conditionId}
                data-bank={offer.bankCode}
              >
                <th scope="row">
                  {offer.bankName}
                  {isBest ? <span class="sim-badge best">{t(S.bestOfBank)}</span> : null}
                </th>
                <td class="num">{offer.installments ? t(S.months, offer.installments) : '—'}</td>
                {status ? (
                  <td colSpan={8} class="sim-status">
                    {status}
                  </td>
                ) : (
                  <>
                    <td class="num">{money(offer.installmentCents)}</td>
                    <td class="num">
                      {money(offer.downPaymentCents)}
                      {offer.bankSuggested ? (
                        <span class="sim-badge suggested">{t(S.bankSuggested)}</span>
                      ) : null}
                    </td>
                    <td class="num">{pct(offer.interestMonthly)}</td>
                    <td class="num">{pct(offer.cetMonthly)}</td>
                    <td class="num">{pct(offer.cetAnnually)}</td>
                    <td class="num">{money(offer.totalPaidCents)}</td>
                    <td class="num">{offer.retorno ?? '—'}</td>
                    <td>{chanceText(offer)}</td>
                  </>
                )}
                <td>
                  {usable && props.canChoose ? (
                    <button
                      type="button"
                      class="secondary"
                      disabled={props.busy}
                      aria-label={t(
                        S.chooseOfferLabel,
                        offer.bankName,
                        offer.installments ?? 0,
                        money(offer.installmentCents),
                      )}
                      onClick={() => props.onChoose(offer)}
                    >
                      {t(S.chooseOffer)}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
