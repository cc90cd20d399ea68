import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeNegotiation } from './calc';
import { FLOWS, fieldName, fieldSpec, pageIds } from './flows';
import { GOLDEN_DEALS, goldenDeal } from './golden-deals';
import { type DmsServer, startDms } from './server';

let dms: DmsServer;
beforeAll(async () => {
  dms = await startDms({ postbackDelayMs: 0 });
});
afterAll(async () => {
  await dms.close();
});

const get = (path: string, init?: RequestInit) => fetch(dms.origin + path, { redirect: 'manual', ...init });
const text = async (path: string) => {
  const r = await get(path);
  expect(r.status).toBe(200);
  return r.text();
};

/** Form body of the Calcular fator page as the browser would post it, with overrides. */
async function formOf(path: string): Promise<URLSearchParams> {
  const html = await text(path);
  const body = new URLSearchParams();
  for (const m of html.matchAll(
    /<input name="([^"]+)" type="(?:text|hidden)" value="([^"]*)"[^>]*?(disabled)?[^>]*\/>/g,
  )) {
    if (!m[0].includes('disabled=')) body.set(m[1]!, m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"/g)) {
    body.set(m[1]!, m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  for (const m of html.matchAll(
    /<select name="([^"]+)" id="[^"]*"(?![^>]*disabled)[^>]*>([\s\S]*?)<\/select>/g,
  )) {
    const sel = /<option selected="selected" value="([^"]*)"/.exec(m[2]!);
    body.set(m[1]!, sel?.[1] ?? '');
  }
  return body;
}

const postback = (path: string, body: URLSearchParams) =>
  get(path, { method: 'POST', body, headers: { 'X-MicrosoftAjax': 'Delta=true' } });

describe('demo LinxDMS server', () => {
  it('listens on loopback with a random port', () => {
    expect(dms.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(dms.origin).not.toMatch(/:0$/);
  });

  it('answers every golden entry page and financing page', async () => {
    for (const deal of GOLDEN_DEALS) {
      expect((await get(deal.entryPath)).status).toBe(200);
      const html = await text(deal.financingPath);
      expect(html).toContain('Calcular fator');
      expect(html).toContain('__VIEWSTATE');
      expect(html).toContain('/LinxDMS/Scripts/imask.min.js');
    }
  });

  it('serves the three frame structures', async () => {
    const frameset = await text(goldenDeal('linxdms-veiculos').entryPath);
    expect(frameset).toMatch(/<frameset/);
    expect(frameset.replace(/<noframes>[\s\S]*<\/noframes>/, '')).not.toMatch(/<body/i);
    expect(frameset).toContain(
      'name="principal" id="frmPrincipal" src="/LinxDMS/Veiculos/Atendimento.aspx?atendimento=334455"',
    );
    const showroom = await text(goldenDeal('gestao-showroom').entryPath);
    expect(showroom).toContain(
      '<iframe id="ctl01_cphConteudo_ifrFinanciamento" name="ifrFinanciamento" src="about:blank"',
    );
    const faa = await text(goldenDeal('fluxo-avancado').entryPath);
    expect(faa).not.toMatch(/<i?frame/);
  });

  it('serves Fluxo Avançado as ISO-8859-1 bytes', async () => {
    const r = await get(goldenDeal('fluxo-avancado').financingPath);
    expect(r.headers.get('content-type')).toBe('text/html; charset=iso-8859-1');
    const bytes = new Uint8Array(await r.arrayBuffer());
    const latin1 = new TextDecoder('latin1').decode(bytes);
    expect(latin1).toContain('Nº Atendimento');
    expect(Buffer.from(bytes).includes(Buffer.from('Nº', 'utf8'))).toBe(false);
  });

  it('serves imask and the page scripts', async () => {
    for (const path of [
      '/LinxDMS/Scripts/imask.min.js',
      '/LinxDMS/Scripts/linxdms.financiamento.js',
      '/LinxDMS/Scripts/linxdms.heavy.js',
    ]) {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('javascript');
    }
    expect((await get('/LinxDMS/Scripts/linxdms.naoexiste.js')).status).toBe(404);
  });

  it('answers 404 with a pt-BR message for an unknown atendimento', async () => {
    const r = await get('/LinxDMS/Atendimento/Financiamento.aspx?atendimento=999999');
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Atendimento 999999 não encontrado.');
  });

  it('redirects to the login page when the session has expired', async () => {
    const r = await get(`${goldenDeal('gestao-showroom').financingPath}&sessao=expirada`);
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toMatch(/^\/LinxDMS\/Login\.aspx\?ReturnUrl=.*&motivo=expirada$/);
    const deal = goldenDeal('fluxo-avancado');
    const body = await formOf(deal.financingPath);
    dms.setSessionExpired(true);
    try {
      const pb = await postback(deal.financingPath, body);
      expect((await pb.json()).redirect).toMatch(/^\/LinxDMS\/Login\.aspx/);
    } finally {
      dms.setSessionExpired(false);
    }
  });

  for (const deal of GOLDEN_DEALS.filter((d, i, all) => all.findIndex((x) => x.flow === d.flow) === i)) {
    it(`${deal.flow}: a Financeira postback re-renders the panel with the new plans and values`, async () => {
      const flow = FLOWS[deal.flow];
      const body = await formOf(deal.financingPath);
      const financeira = fieldName(flow, fieldSpec(flow, 'financeira')!);
      body.set(financeira, '18');
      body.set('__EVENTTARGET', financeira);
      const r = await postback(deal.financingPath, body);
      const json = (await r.json()) as {
        html: string;
        model: { negociacao: Record<string, unknown> };
        viewState: string;
      };
      expect(json.html.startsWith(`<div id="${pageIds(flow).updatePanel}"`)).toBe(true);
      expect(json.html).toContain('<option selected="selected" value="18">BANCO HONDA</option>');
      expect(json.model.negociacao.plano).toBe('1801');
      const expected = computeNegotiation({
        vehicleValueCents: deal.snapshot.vehicle.valueCents,
        downPaymentCents: deal.snapshot.negotiation.downPaymentCents,
        financeiraCode: '18',
        termMonths: deal.snapshot.negotiation.termMonths,
        retorno: deal.snapshot.negotiation.retorno,
      });
      expect(json.model.negociacao.parcelaCents).toBe(expected.installmentCents);
      expect(json.model.negociacao.valorEntradaCents).toBe(deal.snapshot.negotiation.downPaymentCents);
    });
  }

  it('Confirmar validates and saves the negotiation and the CREDERE attachment', async () => {
    const deal = goldenDeal('linxdms-veiculos', 1);
    const flow = FLOWS[deal.flow];
    const ids = pageIds(flow);
    const confirmar = ids.btnConfirmar.replace(flow.idPrefix, flow.namePrefix);
    const body = await formOf(deal.financingPath);
    body.set(fieldName(flow, fieldSpec(flow, 'prazo')!), '61');
    body.set('__EVENTTARGET', confirmar);
    const bad = (await (await postback(deal.financingPath, body)).json()) as { html: string };
    expect(bad.html).toContain('Prazo: informe de 12 a 60 meses.');
    expect(dms.getAtendimento(deal.atendimento)?.negotiation?.termMonths).toBe(24);

    body.set(fieldName(flow, fieldSpec(flow, 'prazo')!), '36');
    body.set(ids.propostaCredereName, 'CRD-TESTE-42');
    const ok = (await (await postback(deal.financingPath, body)).json()) as { html: string };
    expect(ok.html).toContain('Negociação gravada com sucesso.');
    const saved = dms.getAtendimento(deal.atendimento)!;
    expect(saved.negotiation?.termMonths).toBe(36);
    expect(saved.anexos.map((a) => a.referencia)).toContain('CRD-TESTE-42');
    const reopened = await text(deal.financingPath);
    expect(reopened).toContain('value="CRD-TESTE-42"');
    await get('/__dms/reset', { method: 'POST' });
    expect(dms.getAtendimento(deal.atendimento)?.negotiation?.termMonths).toBe(24);
  });

  it('has non-financing pages without the financing form', async () => {
    for (const path of [
      '/LinxDMS/Atendimento/Lista.aspx',
      '/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456&aba=negociacao',
      '/LinxDMS/Showroom/GestaoShowroom.aspx',
      '/LinxDMS/Veiculos/Atendimento.aspx?atendimento=334455&aba=negociacao',
      '/LinxDMS/Veiculos/Menu.aspx',
      '/LinxDMS/Veiculos/ConsultaPropostas.aspx',
    ]) {
      const html = await text(path);
      expect(html).not.toContain('Calcular fator');
      expect(html).not.toContain('linxdms.financiamento.js');
    }
  });

  it('serves the heavy page with a big grid and the perf script', async () => {
    const html = await text('/LinxDMS/heavy.aspx?atendimento=123456');
    expect(html.match(/<tr id="estoque_r/g)?.length).toBeGreaterThanOrEqual(1000);
    expect(html).toContain('linxdms.heavy.js');
    expect(html).toContain(
      'class="ajax__tab_active"><span class="ajax__tab_outer"><span class="ajax__tab_inner"><a class="ajax__tab_tab" id="__tab_ctl00_ContentPlaceHolder1_tcFinanciamento_tpCalcularFator"',
    );
  });
});
