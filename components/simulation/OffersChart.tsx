import { t } from '@/lib/i18n/t';
import { chartSeries } from '@/lib/simulation/offers';
import { simulationStrings as S } from '@/lib/simulation/strings';
import type { Offer } from '@/lib/simulation/types';
import { money } from './format';

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
  '#283593',
  '#ef6c00',
];
const W = 520;
const H = 220;
const PAD = { left: 70, right: 110, top: 12, bottom: 30 };

/** Installment by term, one line per bank: the cheapest bank at each term is seen at a glance. */
export function OffersChart(props: { offers: Offer[] }) {
  const series = chartSeries(props.offers).filter((s) => s.points.length);
  if (!series.length) return null;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys) * 0.95, Math.max(...ys) * 1.02];
  const sx = (x: number) => PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + (1 - (y - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const terms = [...new Set(xs)].sort((a, b) => a - b);
  return (
    <figure class="sim-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="sim-chart-title sim-chart-desc" width="100%">
        <title id="sim-chart-title">{t(S.chartTitle)}</title>
        <desc id="sim-chart-desc">
          {t(S.chartDesc)}{' '}
          {series
            .map((s) => `${s.bankName}: ${s.points.map((p) => `${p.x}x ${money(p.y)}`).join(', ')}`)
            .join('; ')}
        </desc>
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#5b6470" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#5b6470" />
        {terms.map((x) => (
          <text key={x} x={sx(x)} y={H - PAD.bottom + 16} text-anchor="middle" font-size="11">
            {x}x
          </text>
        ))}
        {[y0, (y0 + y1) / 2, y1].map((y) => (
          <text key={y} x={PAD.left - 6} y={sy(y) + 4} text-anchor="end" font-size="10">
            {money(Math.round(y))}
          </text>
        ))}
        {series.map((s, i) => {
          const color = COLORS[i % COLORS.length];
          const last = s.points[s.points.length - 1]!;
          return (
            <g key={s.bankCode}>
              <polyline
                fill="none"
                stroke={color}
                stroke-width="2"
                points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
              />
              {s.points.map((p) => (
                <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r="3" fill={color} />
              ))}
              <text x={sx(last.x) + 6} y={sy(last.y) + 4} font-size="11" fill={color}>
                {s.bankName}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
