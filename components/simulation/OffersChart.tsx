import { t } from '@/lib/i18n/t';
import { chartSeries } from '@/lib/simulation/offers';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { Offer } from '@/lib/simulation/types';
import { money, moneyShort } from './format';

// Colours at least 3:1 on white (WCAG 1.4.11); shapes and dashes tell lines apart without colour.
const COLORS = [
  '#0b4f8a',
  '#b3261e',
  '#1e7b34',
  '#8a5a00',
  '#6a1b9a',
  '#00695c',
  '#c2185b',
  '#37474f',
  '#5d4037',
];
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
const DASHES = [undefined, '5 3', '2 2'];
const W = 440;
const H = 180;
const PAD = { left: 58, right: 14, top: 10, bottom: 26 };

function style(index: number) {
  return {
    color: COLORS[index % COLORS.length]!,
    shape: SHAPES[index % SHAPES.length]!,
    dash: DASHES[Math.floor(index / COLORS.length) % DASHES.length],
  };
}

function Marker(props: { shape: (typeof SHAPES)[number]; x: number; y: number; color: string }) {
  const { x, y, color } = props;
  switch (props.shape) {
    case 'square':
      return <rect x={x - 3} y={y - 3} width="6" height="6" fill={color} />;
    case 'triangle':
      return <polygon points={`${x},${y - 4} ${x + 4},${y + 3} ${x - 4},${y + 3}`} fill={color} />;
    case 'diamond':
      return <polygon points={`${x},${y - 4} ${x + 4},${y} ${x},${y + 4} ${x - 4},${y}`} fill={color} />;
    default:
      return <circle cx={x} cy={y} r="3.2" fill={color} />;
  }
}

/**
 * Installment by term, one line per bank shown in the table, cheapest bank first in the legend:
 * the picture answers "who has the smallest installment at each term" at a glance. A legend
 * instead of end-of-line labels, which collide when banks quote close installments.
 */
export function OffersChart(props: {
  offers: Offer[];
  bankCodes: ReadonlySet<string>;
  suggested: boolean;
  /** Terms the table is filtered to: shaded, so the eye finds them on the axis. */
  highlightTerms?: number[];
}) {
  const series = chartSeries(props.offers, { suggested: props.suggested, bankCodes: props.bankCodes })
    .filter((s) => s.points.length)
    .map((s) => ({ ...s, lowest: s.points.reduce((a, b) => (b.y < a.y ? b : a)) }))
    .sort((a, b) => a.lowest.y - b.lowest.y || a.bankName.localeCompare(b.bankName, 'pt-BR'));
  if (!series.length) return null;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys) * 0.95, Math.max(...ys) * 1.02];
  const sx = (x: number) => PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + (1 - (y - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const terms = [...new Set(xs)].sort((a, b) => a - b);
  const cheapest = series[0]!;
  const title = props.suggested ? t(S.chartTitleSuggested) : t(S.chartTitle);
  const summary = `${title}. ${t(S.chartLowest, cheapest.bankName, t(S.months, cheapest.lowest.x), money(cheapest.lowest.y))} ${t(S.chartDesc)} ${series
    .map((s) => `${s.bankName}: ${s.points.map((p) => `${t(S.months, p.x)} ${money(p.y)}`).join(', ')}`)
    .join('; ')}`;
  return (
    <figure class="sim-chart" id="sim-chart">
      <figcaption class="sim-chart-title">{title}</figcaption>
      <div class="sim-chart-body">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} class="sim-chart-plot">
          <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#5b6470" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#5b6470" />
          {terms
            .filter((x) => props.highlightTerms?.includes(x))
            .map((x) => (
              <rect
                key={`band-${x}`}
                x={sx(x) - 14}
                y={PAD.top}
                width="28"
                height={H - PAD.top - PAD.bottom}
                fill="#e6eef7"
              />
            ))}
          {terms.map((x) => (
            <text
              key={x}
              x={sx(x)}
              y={H - PAD.bottom + 16}
              text-anchor="middle"
              font-size="11"
              fill="#1b1f24"
            >
              {t(S.months, x)}
            </text>
          ))}
          {[y0, (y0 + y1) / 2, y1].map((y) => (
            <g key={y}>
              <line x1={PAD.left} y1={sy(y)} x2={W - PAD.right} y2={sy(y)} stroke="#e3e8ee" />
              <text x={PAD.left - 6} y={sy(y) + 4} text-anchor="end" font-size="10" fill="#1b1f24">
                {moneyShort(Math.round(y))}
              </text>
            </g>
          ))}
          {series.map((s, i) => {
            const { color, shape, dash } = style(i);
            return (
              <g key={s.bankCode} data-bank={s.bankCode}>
                <polyline
                  fill="none"
                  stroke={color}
                  stroke-width="2"
                  stroke-dasharray={dash}
                  points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
                />
                {s.points.map((p) => (
                  <Marker key={p.x} shape={shape} x={sx(p.x)} y={sy(p.y)} color={color} />
                ))}
              </g>
            );
          })}
        </svg>
        <ol class="sim-legend" aria-label={t(S.chartLegend)}>
          {series.map((s, i) => {
            const { color, shape, dash } = style(i);
            return (
              <li key={s.bankCode} data-bank={s.bankCode}>
                <svg width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="25"
                    y2="5"
                    stroke={color}
                    stroke-width="2"
                    stroke-dasharray={dash}
                  />
                  <Marker shape={shape} x={13} y={5} color={color} />
                </svg>
                <span class="sim-legend-bank">{s.bankName}</span>{' '}
                <span class="pc-hint">{t(S.chartFrom, money(s.lowest.y))}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}
