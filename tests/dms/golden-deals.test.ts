import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BANKS, CUSTOMERS, SELLERS, STORES, VEHICLES } from '../seed/world';
import { computeNegotiation, digitsOnly, PRAZOS, parseDate, parseMoney } from './calc';
import { seedAtendimentos } from './data';
import { FIXTURES_DIR, renderFixture } from './dump-fixtures';
import { makeView, renderFinancingPage } from './financing';
import { type FieldKey, FLOW_IDS, FLOWS, type FlowDef, fieldId, fieldSpec } from './flows';
import { type DealSnapshot, GOLDEN_DEALS } from './golden-deals';

/** Reads a Calcular fator document the way a content script would, by this flow's ids. */
function readScreen(html: string, flow: FlowDef): DealSnapshot {
  const win = new Window();
  win.document.write(html);
  const doc = win.document;
  const raw = (key: FieldKey): string => {
    const spec = fieldSpec(flow, key);
    if (!spec) throw new Error(`campo ${key} não existe em ${flow.id}`);
    const id = fieldId(flow, spec);
    if (spec.control === 'span') return doc.getElementById(id)?.textContent?.trim() ?? '';
    if (spec.control === 'radio') {
      const checked = doc.querySelector(`#${id} input:checked`) as unknown as HTMLInputElement | null;
      return checked?.value ?? '';
    }
    if (spec.control === 'select') {
      // The selected attribute (static markup) rather than happy-dom's select.value.
      const selected = doc.querySelector(`#${id} option[selected]`) ?? doc.querySelector(`#${id} option`);
      return selected?.getAttribute('value') ?? '';
    }
    const el = doc.getElementById(id) as unknown as HTMLInputElement | null;
    if (!el) throw new Error(`elemento #${id} ausente`);
    return el.value;
  };
  const opt = (s: string) => (s === '' ? null : s);
  const years = fieldSpec(flow, 'veiculoAno')
    ? raw('veiculoAno').split('/').map(Number)
    : [Number(raw('veiculoAnoFab')), Number(raw('veiculoAnoMod'))];
  const novo = raw('veiculoNovoUsado');
  const vendedor = raw('vendedor');
  const loja = raw('loja');
  return {
    atendimento: raw('atendimento'),
    storeCode: loja.split(' - ')[0]!,
    seller: { code: vendedor.split(' - ')[0]!, cpf: digitsOnly(raw('vendedorCpf')) },
    customer: {
      code: raw('clienteCodigo'),
      cpf: digitsOnly(raw('clienteCpf')),
      name: raw('clienteNome'),
      birthdate: parseDate(raw('clienteNascimento')),
      email: opt(raw('clienteEmail')),
      phone: opt(digitsOnly(raw('clienteTelefone'))),
      monthlyIncomeCents: parseMoney(raw('clienteRenda')),
      professionCode: opt(raw('clienteProfissao')),
    },
    vehicle: {
      description: raw('veiculoDescricao'),
      fipeCode: raw('veiculoFipe'),
      manufactureYear: years[0]!,
      modelYear: years[1]!,
      zeroKm: novo === 'N' || novo === 'NOVO',
      chassi: raw('veiculoChassi'),
      plate: opt(raw('veiculoPlaca')),
      valueCents: parseMoney(raw('veiculoValor'))!,
    },
    negotiation: {
      downPaymentCents: parseMoney(raw('valorEntrada'))!,
      financedAmountCents: parseMoney(raw('valorFinanciado'))!,
      termMonths: Number(raw('prazo')),
      financeiraCode: raw('financeira'),
      planCode: raw('plano'),
      retorno: raw('retorno'),
    },
  };
}

describe('golden deals', () => {
  it('cover every flow with at least two atendimentos', () => {
    for (const flow of FLOW_IDS)
      expect(GOLDEN_DEALS.filter((d) => d.flow === flow).length).toBeGreaterThanOrEqual(2);
  });

  for (const deal of GOLDEN_DEALS) {
    describe(`${deal.flow} ${deal.atendimento}`, () => {
      const s = deal.snapshot;

      it('agrees with the shared world', () => {
        const customer = CUSTOMERS.find((c) => c.cpf === s.customer.cpf);
        expect(customer).toBeDefined();
        expect(s.customer.name).toBe(customer!.name.toUpperCase());
        expect(s.customer.birthdate).toBe(customer!.birthdate);
        expect(s.customer.email).toBe(customer!.email);
        expect(s.customer.phone).toBe(customer!.phone);
        expect(s.customer.monthlyIncomeCents).toBe(customer!.monthlyIncomeCents);
        expect(s.customer.professionCode).toBe(customer!.dmsProfessionCode);
        if (customer!.outcome === 'needs_more_fields') {
          expect(deal.missingOnDms.length).toBeGreaterThan(0);
          for (const k of deal.missingOnDms) expect(s.customer[k as keyof typeof s.customer]).toBeNull();
        } else {
          expect(deal.missingOnDms).toEqual([]);
        }

        const store = STORES.find((x) => x.dmsCode === s.storeCode);
        const seller = SELLERS.find((x) => x.dmsCode === s.seller.code);
        expect(store).toBeDefined();
        expect(seller?.cpf).toBe(s.seller.cpf);
        expect(seller?.storeIds).toContain(store!.credereId);

        const vehicle = VEHICLES.find((v) => v.dmsDescription === s.vehicle.description);
        expect(vehicle?.fipeCode).toBe(s.vehicle.fipeCode);
        expect(s.vehicle.modelYear).toBeGreaterThanOrEqual(vehicle!.yearStart);
        expect(s.vehicle.modelYear).toBeLessThanOrEqual(vehicle!.yearEnd);
        expect(s.vehicle.chassi).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
        // New cars have no plate yet; used ones have an old or Mercosul plate.
        if (s.vehicle.zeroKm) expect(s.vehicle.plate).toBeNull();
        else expect(s.vehicle.plate).toMatch(/^[A-Z]{3}\d[A-Z0-9]\d{2}$/);

        expect(BANKS.map((b) => b.dmsCode)).toContain(s.negotiation.financeiraCode);
        expect(PRAZOS as readonly number[]).toContain(s.negotiation.termMonths);
        expect(s.negotiation.financedAmountCents).toBe(s.vehicle.valueCents - s.negotiation.downPaymentCents);
      });

      it('has computed values matching the coefficient table', () => {
        const r = computeNegotiation({
          vehicleValueCents: s.vehicle.valueCents,
          downPaymentCents: s.negotiation.downPaymentCents,
          financeiraCode: s.negotiation.financeiraCode,
          termMonths: s.negotiation.termMonths,
          retorno: s.negotiation.retorno,
        });
        expect(r.coefficient).toBe(deal.computed.coefficient);
        expect(r.installmentCents).toBe(deal.computed.installmentCents);
        expect(r.downPaymentPercent).toBe(deal.computed.downPaymentPercent);
        expect(r.taxaMes).toBe(deal.computed.taxaMes);
        // Independent check of the price-table formula: PV × i / (1 − (1+i)^−n), within the 6-decimal rounding.
        const i = deal.computed.taxaMes / 100;
        const exact = (s.negotiation.financedAmountCents * i) / (1 - (1 + i) ** -s.negotiation.termMonths);
        expect(Math.abs(exact - deal.computed.installmentCents)).toBeLessThan(
          s.negotiation.financedAmountCents * 1e-6,
        );
      });

      it('is what the rendered Calcular fator screen shows', () => {
        const at = seedAtendimentos().find((a) => a.id === deal.atendimento)!;
        const html = renderFinancingPage(
          makeView(FLOWS[deal.flow], at, { activeTab: 'fator' }),
          deal.financingPath,
        );
        expect(readScreen(html, FLOWS[deal.flow])).toEqual(s);
      });
    });
  }
});

describe('committed fixtures', () => {
  for (const flow of FLOW_IDS) {
    it(`${flow}.html is up to date and shows the first golden deal`, () => {
      const file = readFileSync(join(FIXTURES_DIR, `${flow}.html`), 'utf8');
      expect(file).toBe(renderFixture(flow));
      expect(file).not.toMatch(/<script/i);
      const first = GOLDEN_DEALS.find((d) => d.flow === flow)!;
      expect(readScreen(file, FLOWS[flow])).toEqual(first.snapshot);
    });
  }
});
