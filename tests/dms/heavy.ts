/**
 * The "heavy" variant of the financing screen: a big stock grid (thousands of nodes) that page
 * scripts keep mutating, for measuring what the extension costs the page.
 */

import { VEHICLES } from '../seed/world';
import { formatMoney } from './calc';

export const HEAVY_ROWS = 1500;

export function renderHeavyGrid(rows = HEAVY_ROWS): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const v = VEHICLES[i % VEHICLES.length]!;
    const price = 5_000_000 + ((i * 7919) % 20_000_000);
    out.push(
      `<tr id="estoque_r${i}"><td>${String(100000 + i)}</td><td>${v.dmsModelCode}</td><td>${v.dmsDescription}</td><td>${2018 + (i % 9)}</td><td>${i % 3 === 0 ? 'NOVO' : 'USADO'}</td><td class="valor">${formatMoney(price)}</td><td>${['PATIO', 'TRANSITO', 'RESERVADO', 'VENDIDO'][i % 4]}</td><td class="st">-</td></tr>`,
    );
  }
  return `<fieldset><legend>Estoque de veículos (consulta rápida)</legend>
<div style="height:260px;overflow:auto"><table class="grid" id="gvEstoqueHeavy"><thead><tr><th>Estoque</th><th>Modelo</th><th>Descrição</th><th>Ano</th><th>Novo/Usado</th><th>Valor</th><th>Local</th><th>Atualização</th></tr></thead><tbody>${out.join('')}</tbody></table></div>
<ul id="lstNotificacoesHeavy"></ul></fieldset>`;
}
