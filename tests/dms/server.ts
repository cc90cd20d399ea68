/**
 * Local stand-in for the LinxDMS web screens (three flows to "Financiamento / Calcular fator").
 * Loopback only; port 0 (random) unless the caller passes one.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { digitsOnly, financeiraTerms, parseDate, parseDecimal, parseMoney, tableCoefficient } from './calc';
import { type DmsAtendimento, type DmsNegotiation, seedAtendimentos } from './data';
import {
  type ActiveTab,
  buildModel,
  DEFAULT_NEGOTIATION,
  type FinancingView,
  makeView,
  renderFinancingPage,
  renderUpdatePanel,
  type ViewStateData,
  viewStateOf,
} from './financing';
import { type FieldKey, FLOWS, type FlowDef, type FlowId, fieldName, fieldSpec, pageIds } from './flows';
import { decodeViewState, encodePage, esc, htmlPage, THEME_CSS } from './html';
import {
  renderFaaAtendimento,
  renderFaaList,
  renderHome,
  renderLogin,
  renderShowroom,
  renderVeiculosAtendimento,
  renderVeiculosFrameset,
  renderVeiculosLista,
  renderVeiculosMenu,
  renderVeiculosPropostas,
  renderVeiculosTopo,
} from './pages';

export interface DmsOptions {
  port?: number;
  host?: string;
  /** Server-side delay of partial postbacks, so callers must wait for the panel to settle. */
  postbackDelayMs?: number;
}

export interface DmsServer {
  origin: string;
  close(): Promise<void>;
  /** Simulates the DMS session timing out (every page then answers with the login page). */
  setSessionExpired(expired: boolean): void;
  /** The server's current copy of an atendimento (after Confirmar saves). */
  getAtendimento(id: string): DmsAtendimento | undefined;
}

const here = dirname(new URL(import.meta.url).pathname);
const IMASK_JS = readFileSync(join(dirname(createRequire(import.meta.url).resolve('imask')), 'imask.min.js'));
const asset = (name: string) => readFileSync(join(here, 'assets', name));

type Aba = 'cliente' | 'veiculo' | 'negociacao';
const abaOf = (q: string | undefined): Aba => (q === 'negociacao' || q === 'veiculo' ? q : 'cliente');
const fatorOf = (q: string | undefined): ActiveTab =>
  q && /^(fator|calcularfator)$/i.test(q) ? 'fator' : 'dados';

function pageResponse(c: Context, html: string, charset: 'iso-8859-1' | 'utf-8', status: 200 | 404 = 200) {
  return c.body(new Uint8Array(encodePage(html, charset)), status, {
    'Content-Type': `text/html; charset=${charset}`,
    'Cache-Control': 'no-store',
  });
}

function notFound(c: Context, what: string) {
  return pageResponse(
    c,
    htmlPage({
      title: 'LinxDMS - Erro',
      charset: 'utf-8',
      body: `<div class="topo"><span class="sistema">LinxDMS</span></div><div class="conteudo"><div class="erro" id="lblErro">${esc(what)}</div></div>`,
    }),
    'utf-8',
    404,
  );
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Applies posted form values of the Calcular fator tab onto a copy of the atendimento. */
function applyPost(
  flow: FlowDef,
  base: DmsAtendimento,
  baseNeg: DmsNegotiation,
  body: Record<string, unknown>,
): { at: DmsAtendimento; neg: DmsNegotiation } {
  const at: DmsAtendimento = structuredClone(base);
  const neg: DmsNegotiation = { ...baseNeg };
  const posted = (key: FieldKey): string | undefined => {
    const spec = fieldSpec(flow, key);
    if (spec?.mode !== 'edit') return undefined;
    return str(body[fieldName(flow, spec)]);
  };
  const set = <T>(key: FieldKey, parse: (s: string) => T, apply: (v: T) => void) => {
    const raw = posted(key);
    if (raw !== undefined) apply(parse(raw));
  };
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  set('loja', orNull, (v) => {
    if (v) at.storeCode = v;
  });
  set('clienteCpf', digitsOnly, (v) => {
    at.customer.cpf = v;
  });
  set('clienteNascimento', parseDate, (v) => {
    at.customer.birthdate = v;
  });
  set('clienteEmail', orNull, (v) => {
    at.customer.email = v;
  });
  set(
    'clienteTelefone',
    (s) => orNull(digitsOnly(s)),
    (v) => {
      at.customer.phone = v;
    },
  );
  set('clienteRenda', parseMoney, (v) => {
    at.customer.monthlyIncomeCents = v;
  });
  set('clienteProfissao', orNull, (v) => {
    at.customer.professionCode = v;
  });
  set('veiculoValor', parseMoney, (v) => {
    if (v !== null) at.vehicle.valueCents = v;
  });
  set('financeira', orNull, (v) => {
    neg.financeiraCode = v;
  });
  set('plano', orNull, (v) => {
    neg.planCode = v;
  });
  set('valorEntrada', parseMoney, (v) => {
    neg.downPaymentCents = v ?? 0;
  });
  set(
    'prazo',
    (s) => Number.parseInt(digitsOnly(s), 10),
    (v) => {
      neg.termMonths = Number.isFinite(v) ? v : null;
    },
  );
  set(
    'retorno',
    (s) => s,
    (v) => {
      neg.retorno = v;
    },
  );
  set(
    'propostaFinanceira',
    (s) => s,
    (v) => {
      neg.bankProposalNumber = v;
    },
  );
  set(
    'situacao',
    (s) => s,
    (v) => {
      neg.situacao = v;
    },
  );
  set(
    'observacao',
    (s) => s,
    (v) => {
      neg.observacao = v;
    },
  );
  // A typed coefficient (flows where it is editable) overrides the table only when it differs.
  neg.coefficientOverride = null;
  set('coeficiente', parseDecimal, (v) => {
    const fromTable = tableCoefficient(neg.financeiraCode, neg.termMonths);
    neg.coefficientOverride = v !== null && v !== fromTable ? v : null;
  });
  return { at, neg };
}

function validate(view: FinancingView): string | null {
  const { neg, at } = view;
  if (!neg.financeiraCode) return 'Financeira: selecione a financeira.';
  if (!neg.termMonths || neg.termMonths < 12 || neg.termMonths > 60)
    return 'Prazo: informe de 12 a 60 meses.';
  if (neg.downPaymentCents > at.vehicle.valueCents) return 'Valor de entrada: maior que o valor do veículo.';
  if (view.calc.coefficient === null)
    return `Coeficiente: a tabela da financeira ${neg.financeiraCode} não tem coeficiente para ${neg.termMonths} meses.`;
  return null;
}

const today = () => new Date().toISOString().slice(0, 10);

export function createDmsApp(options: DmsOptions = {}) {
  const state = {
    atendimentos: new Map(seedAtendimentos().map((a) => [a.id, a])),
    expired: false,
  };
  const delay = options.postbackDelayMs ?? 80;
  const app = new Hono();

  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/', (c) => pageResponse(c, renderHome(), 'utf-8'));
  app.get('/LinxDMS/App_Themes/Linx/Linx.css', (c) =>
    c.body(THEME_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  app.get('/LinxDMS/Scripts/imask.min.js', (c) =>
    c.body(new Uint8Array(IMASK_JS), 200, { 'Content-Type': 'application/javascript; charset=utf-8' }),
  );
  app.get('/LinxDMS/Scripts/:name{linxdms\\.[a-z]+\\.js}', (c) => {
    try {
      return c.body(new Uint8Array(asset(c.req.param('name'))), 200, {
        'Content-Type': 'application/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
    } catch {
      return c.notFound();
    }
  });

  // ---- test controls ----
  app.post('/__dms/sessao', (c) => {
    state.expired = c.req.query('estado') === 'expirada';
    return c.json({ expirada: state.expired });
  });
  app.get('/__dms/atendimentos/:id', (c) => {
    const at = state.atendimentos.get(c.req.param('id'));
    return at ? c.json(at) : c.json({ erro: 'Atendimento não encontrado' }, 404);
  });
  app.post('/__dms/reset', (c) => {
    state.atendimentos = new Map(seedAtendimentos().map((a) => [a.id, a]));
    state.expired = false;
    return c.json({ ok: true });
  });

  // ---- login / session ----
  app.get('/LinxDMS/Login.aspx', (c) =>
    pageResponse(
      c,
      renderLogin(c.req.query('ReturnUrl') ?? '/', c.req.query('motivo') === 'expirada'),
      'utf-8',
    ),
  );
  app.post('/LinxDMS/Login.aspx', (c) => {
    state.expired = false;
    const back = (c.req.query('ReturnUrl') ?? '/').replace(/[?&]sessao=expirada/, '');
    return c.redirect(back.startsWith('/') ? back : '/', 302);
  });
  app.use('/LinxDMS/*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (!path.endsWith('.aspx') || path === '/LinxDMS/Login.aspx') return next();
    if (!state.expired && c.req.query('sessao') !== 'expirada') return next();
    const url = new URL(c.req.url);
    const login = `/LinxDMS/Login.aspx?ReturnUrl=${encodeURIComponent(url.pathname + url.search)}&motivo=expirada`;
    if (c.req.header('X-MicrosoftAjax')) return c.json({ redirect: login });
    return c.redirect(login, 302);
  });

  const list = () => [...state.atendimentos.values()];
  const find = (id: string | undefined) => (id ? state.atendimentos.get(id) : undefined);

  // ---- Fluxo Atendimento Avançado ----
  app.get('/LinxDMS/Atendimento/Lista.aspx', (c) => pageResponse(c, renderFaaList(list()), 'iso-8859-1'));
  app.get(FLOWS['fluxo-avancado'].entryPath, (c) => {
    const id = c.req.query('atendimento');
    if (!id) return pageResponse(c, renderFaaList(list()), 'iso-8859-1');
    const at = find(id);
    if (!at) return notFound(c, `Atendimento ${id} não encontrado.`);
    return pageResponse(c, renderFaaAtendimento(at, abaOf(c.req.query('aba'))), 'iso-8859-1');
  });

  // ---- Gestão Showroom ----
  app.get(FLOWS['gestao-showroom'].entryPath, (c) => {
    const id = c.req.query('atendimento');
    const at = find(id) ?? null;
    if (id && !at) return notFound(c, `Atendimento ${id} não encontrado.`);
    return pageResponse(c, renderShowroom(list(), at, abaOf(c.req.query('aba') ?? 'negociacao')), 'utf-8');
  });

  // ---- LinxDMSVeiculos ----
  app.get(FLOWS['linxdms-veiculos'].entryPath, (c) =>
    pageResponse(c, renderVeiculosFrameset(c.req.query('atendimento') ?? null), 'utf-8'),
  );
  app.get('/LinxDMS/Veiculos/Topo.aspx', (c) => pageResponse(c, renderVeiculosTopo(), 'utf-8'));
  app.get('/LinxDMS/Veiculos/Menu.aspx', (c) => pageResponse(c, renderVeiculosMenu(), 'utf-8'));
  app.get('/LinxDMS/Veiculos/ConsultaAtendimentos.aspx', (c) =>
    pageResponse(c, renderVeiculosLista(list()), 'utf-8'),
  );
  app.get('/LinxDMS/Veiculos/ConsultaPropostas.aspx', (c) =>
    pageResponse(c, renderVeiculosPropostas(list()), 'utf-8'),
  );
  app.get('/LinxDMS/Veiculos/Atendimento.aspx', (c) => {
    const id = c.req.query('atendimento');
    const at = find(id);
    if (!at) return notFound(c, `Atendimento ${id ?? ''} não encontrado.`);
    return pageResponse(c, renderVeiculosAtendimento(at, abaOf(c.req.query('aba'))), 'utf-8');
  });

  // ---- Financiamento (all flows) ----
  const financingGet =
    (flow: FlowDef, forceHeavy = false) =>
    (c: Context) => {
      const id = c.req.query('atendimento');
      const at = find(id);
      if (!at) return notFound(c, `Atendimento ${id ?? ''} não encontrado.`);
      const nova = c.req.query('negociacao') === 'nova' || !at.negotiation;
      const heavy = forceHeavy || c.req.query('heavy') === '1';
      const view = makeView(flow, at, {
        activeTab: forceHeavy ? 'fator' : fatorOf(c.req.query('aba')),
        negotiation: nova ? DEFAULT_NEGOTIATION : (at.negotiation ?? undefined),
        heavy,
      });
      view.negotiationMode = nova ? 'nova' : 'editar';
      const url = new URL(c.req.url);
      return pageResponse(c, renderFinancingPage(view, url.pathname + url.search), flow.charset);
    };

  const financingPost = (flow: FlowDef) => async (c: Context) => {
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const vs = decodeViewState<ViewStateData>(str(body.__VIEWSTATE));
    const at0 = find(vs?.atendimento);
    if (!vs || !at0 || vs.flow !== flow.id) {
      return c.json({ erro: 'Estado da página inválido (__VIEWSTATE). Recarregue a tela.' }, 400);
    }
    const baseNeg = vs.negociacao === 'nova' ? DEFAULT_NEGOTIATION : (at0.negotiation ?? DEFAULT_NEGOTIATION);
    const { at, neg } = applyPost(flow, at0, baseNeg, body);
    const target = str(body.__EVENTTARGET) ?? '';
    const ids = pageIds(flow);
    const nameOf = (id: string) => id.replace(flow.idPrefix, flow.namePrefix);
    const financeiraSpec = fieldSpec(flow, 'financeira');
    if (financeiraSpec && target === fieldName(flow, financeiraSpec)) {
      // AutoPostBack of Financeira: the plan list changes; keep the plan only if it still belongs.
      const plans = financeiraTerms(neg.financeiraCode)?.plans ?? [];
      if (!plans.some((p) => p.code === neg.planCode)) neg.planCode = plans[0]?.code ?? null;
      neg.coefficientOverride = null;
    }
    const activeTab = fatorOf(str(body[ids.activeTabHiddenName]));
    const view = makeView(flow, at, { activeTab, negotiation: neg, heavy: vs.heavy });
    view.negotiationMode = vs.negociacao;
    if (target === nameOf(ids.btnCalcular) || target === nameOf(ids.btnConfirmar)) {
      const problem = validate(view);
      if (problem) view.message = { kind: 'erro', text: problem };
      else if (target === nameOf(ids.btnConfirmar)) {
        const saved: DmsAtendimento = structuredClone(at);
        saved.negotiation = { ...neg };
        const refs = new Set<string>();
        try {
          const parsed = JSON.parse(str(body[ids.propostaCredereHiddenName]) ?? '[]');
          if (Array.isArray(parsed))
            for (const r of parsed) if (typeof r === 'string' && r.trim()) refs.add(r.trim());
        } catch {
          // A hand-edited hidden field is ignored, like WebForms ignores unparsable client state.
        }
        const visible = str(body[ids.propostaCredereName])?.trim();
        if (visible) refs.add(visible);
        for (const ref of refs) {
          if (!saved.anexos.some((a) => a.tipo === 'CREDERE' && a.referencia === ref)) {
            saved.anexos.push({
              tipo: 'CREDERE',
              descricao: 'Proposta CREDERE',
              referencia: ref,
              data: today(),
            });
          }
        }
        state.atendimentos.set(saved.id, saved);
        view.at = saved;
        view.negotiationMode = 'editar';
        view.message = { kind: 'ok', text: 'Negociação gravada com sucesso.' };
      }
    }
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (c.req.header('X-MicrosoftAjax')) {
      return c.json({ html: renderUpdatePanel(view), model: buildModel(view), viewState: viewStateOf(view) });
    }
    const url = new URL(c.req.url);
    return pageResponse(c, renderFinancingPage(view, url.pathname + url.search), flow.charset);
  };

  for (const flow of Object.values(FLOWS)) {
    app.get(flow.financingPath, financingGet(flow));
    app.post(flow.financingPath, financingPost(flow));
  }
  app.get('/LinxDMS/heavy.aspx', (c) => {
    if (!c.req.query('atendimento')) return c.redirect('/LinxDMS/heavy.aspx?atendimento=123456', 302);
    return financingGet(FLOWS['fluxo-avancado'], true)(c);
  });
  app.post('/LinxDMS/heavy.aspx', financingPost(FLOWS['fluxo-avancado']));

  app.notFound((c) => notFound(c, `Página não encontrada: ${new URL(c.req.url).pathname}`));

  return {
    app,
    setSessionExpired: (v: boolean) => {
      state.expired = v;
    },
    getAtendimento: (id: string) => state.atendimentos.get(id),
  };
}

export function startDms(options: DmsOptions = {}): Promise<DmsServer> {
  const host = options.host ?? '127.0.0.1';
  const { app, setSessionExpired, getAtendimento } = createDmsApp(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      (info: AddressInfo) => {
        const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
        resolve({
          origin,
          setSessionExpired,
          getAtendimento,
          close: () =>
            new Promise<void>((res) => {
              const s = server as Server;
              s.close(() => res());
              s.closeAllConnections?.();
            }),
        });
      },
    ) as Server;
    server.on('error', reject);
  });
}

export type { FlowId };
