/**
 * The "Financiamento" document of each flow (tabs "Dados do financiamento" and "Calcular fator"),
 * its UpdatePanel fragment and the initial page model. Server-rendered; the page script
 * (assets/linxdms.financiamento.js) takes over in the browser.
 */
import { BANKS, PROFESSIONS, SELLERS, STORES } from '../seed/world';
import {
  coefficientTable,
  computeNegotiation,
  FINANCEIRAS,
  financeiraTerms,
  formatCpf,
  formatDate,
  formatDecimal,
  formatMoney,
  formatPhone,
  type NegotiationResult,
  PRAZOS,
  RETORNOS,
  SITUACOES,
} from './calc';
import type { DmsAnexo, DmsAtendimento, DmsNegotiation } from './data';
import { professionName, seller, storeName } from './data';
import { type FieldKey, type FieldSpec, type FlowDef, fieldId, fieldName, fieldSpec, pageIds } from './flows';
import { renderHeavyGrid } from './heavy';
import { encodeViewState, esc, htmlPage, scriptJson } from './html';

export type ActiveTab = 'dados' | 'fator';

export interface FinancingView {
  flow: FlowDef;
  at: DmsAtendimento;
  neg: DmsNegotiation;
  /** "nova" when opened by Incluir negociação. */
  negotiationMode: 'nova' | 'editar';
  calc: NegotiationResult;
  activeTab: ActiveTab;
  message?: { kind: 'ok' | 'erro'; text: string };
  heavy?: boolean;
}

export const DEFAULT_NEGOTIATION: DmsNegotiation = {
  financeiraCode: null,
  planCode: null,
  downPaymentCents: 0,
  termMonths: 48,
  retorno: 'R0',
  coefficientOverride: null,
  bankProposalNumber: '',
  situacao: 'DIG',
  observacao: '',
};

export function makeView(
  flow: FlowDef,
  at: DmsAtendimento,
  opts: { activeTab?: ActiveTab; negotiation?: DmsNegotiation; heavy?: boolean } = {},
): FinancingView {
  const neg = opts.negotiation ?? at.negotiation ?? DEFAULT_NEGOTIATION;
  return {
    flow,
    at,
    neg,
    negotiationMode: at.negotiation ? 'editar' : 'nova',
    calc: computeNegotiation({
      vehicleValueCents: at.vehicle.valueCents,
      downPaymentCents: neg.downPaymentCents,
      financeiraCode: neg.financeiraCode,
      termMonths: neg.termMonths,
      retorno: neg.retorno,
      coefficientOverride: neg.coefficientOverride,
    }),
    activeTab: opts.activeTab ?? 'dados',
    heavy: opts.heavy,
  };
}

// ---- values and options ------------------------------------------------------------------------

interface Option {
  value: string;
  text: string;
}

const sellerLabel = (code: string) => `${code} - ${seller(code).name.toUpperCase()}`;

function moneyText(flow: FlowDef, cents: number | null): string {
  const text = formatMoney(cents);
  return text && flow.moneyPrefix ? `R$ ${text}` : text;
}

/** The value attribute / text each field shows for a view. */
export function displayValue(view: FinancingView, key: FieldKey): string {
  const { flow, at, neg, calc } = view;
  const spec = fieldSpec(flow, key);
  const c = at.customer;
  const v = at.vehicle;
  switch (key) {
    case 'atendimento':
      return at.id;
    case 'loja':
      return spec?.control === 'span' ? `${at.storeCode} - ${storeName(at.storeCode)}` : at.storeCode;
    case 'vendedor':
      return spec?.control === 'select' ? at.sellerCode : sellerLabel(at.sellerCode);
    case 'vendedorCpf':
      return formatCpf(seller(at.sellerCode).cpf);
    case 'clienteCodigo':
      return c.code;
    case 'clienteNome':
      return c.name.toUpperCase();
    case 'clienteCpf':
      return formatCpf(c.cpf);
    case 'clienteNascimento':
      return formatDate(c.birthdate);
    case 'clienteEmail':
      return c.email ?? '';
    case 'clienteTelefone':
      return formatPhone(c.phone);
    case 'clienteRenda':
      return moneyText(flow, c.monthlyIncomeCents);
    case 'clienteProfissao':
      return c.professionCode ?? '';
    case 'veiculoDescricao':
      return v.description;
    case 'veiculoFipe':
      return v.fipeCode;
    case 'veiculoAnoFab':
      return String(v.manufactureYear);
    case 'veiculoAnoMod':
      return String(v.modelYear);
    case 'veiculoAno':
      return `${v.manufactureYear}/${v.modelYear}`;
    case 'veiculoNovoUsado':
      return spec?.control === 'input' ? (v.zeroKm ? 'NOVO' : 'USADO') : v.zeroKm ? 'N' : 'U';
    case 'veiculoChassi':
      return v.chassi;
    case 'veiculoPlaca':
      return v.plate ?? '';
    case 'veiculoValor':
      return moneyText(flow, v.valueCents);
    case 'financeira':
      return neg.financeiraCode ?? '';
    case 'plano':
      return neg.planCode ?? '';
    case 'valorEntrada':
      return moneyText(flow, neg.downPaymentCents);
    case 'percEntrada':
      return formatDecimal(calc.downPaymentPercent, 2);
    case 'valorFinanciado':
      return moneyText(flow, calc.financedAmountCents);
    case 'prazo':
      return neg.termMonths ? String(neg.termMonths) : '';
    case 'coeficiente':
      return formatDecimal(calc.coefficient, 6);
    case 'taxaMes':
      return formatDecimal(calc.taxaMes, 2);
    case 'cetMes':
      return formatDecimal(calc.cetMes, 2);
    case 'cetAno':
      return formatDecimal(calc.cetAno, 2);
    case 'parcela':
      return moneyText(flow, calc.installmentCents);
    case 'retorno':
      return neg.retorno;
    case 'retornoValor':
      return moneyText(flow, calc.retornoCents);
    case 'propostaFinanceira':
      return neg.bankProposalNumber;
    case 'situacao':
      return neg.situacao;
    case 'observacao':
      return neg.observacao;
  }
}

function optionsFor(view: FinancingView, key: FieldKey): Option[] {
  const { flow, neg } = view;
  const selecione = { value: '', text: flow.id === 'linxdms-veiculos' ? '' : '-- Selecione --' };
  switch (key) {
    case 'loja':
      return STORES.map((s) => ({ value: s.dmsCode, text: s.dmsName }));
    case 'vendedor':
      return SELLERS.map((s) => ({ value: s.dmsCode, text: sellerLabel(s.dmsCode) }));
    case 'clienteProfissao':
      return [selecione, ...PROFESSIONS.map((p) => ({ value: p.dmsCode, text: p.dmsName }))];
    case 'veiculoNovoUsado':
      return [
        { value: 'N', text: flow.id === 'gestao-showroom' ? 'Novo' : 'NOVO' },
        { value: 'U', text: flow.id === 'gestao-showroom' ? 'Usado' : 'USADO' },
      ];
    case 'financeira':
      return [selecione, ...BANKS.map((b) => ({ value: b.dmsCode, text: b.dmsName }))];
    case 'plano': {
      const plans = financeiraTerms(neg.financeiraCode)?.plans ?? [];
      return [selecione, ...plans.map((p) => ({ value: p.code, text: `${p.code} - ${p.name}` }))];
    }
    case 'prazo':
      return PRAZOS.map((p) => ({
        value: String(p),
        text: flow.id === 'gestao-showroom' ? `${p}x` : `${p} meses`,
      }));
    case 'retorno':
      return RETORNOS.map((r) => ({ value: r.code, text: r.name }));
    case 'situacao':
      return SITUACOES.map((s) => ({ value: s.code, text: s.name }));
    default:
      return [];
  }
}

const MASKS: Partial<Record<string, string>> = {
  money: 'money',
  cpf: 'cpf',
  date: 'date',
  phone: 'phone',
  percent: 'percent',
  coef: 'coef',
  int: 'int',
};

const SIZES: Partial<Record<FieldKey, number>> = {
  atendimento: 10,
  vendedorCpf: 14,
  clienteCodigo: 9,
  clienteNome: 36,
  clienteCpf: 16,
  clienteNascimento: 10,
  clienteEmail: 28,
  clienteTelefone: 15,
  veiculoDescricao: 34,
  veiculoFipe: 10,
  veiculoAnoFab: 5,
  veiculoAnoMod: 5,
  veiculoAno: 10,
  veiculoChassi: 19,
  veiculoPlaca: 8,
  percEntrada: 6,
  prazo: 4,
  coeficiente: 10,
  taxaMes: 6,
  cetMes: 6,
  cetAno: 7,
  propostaFinanceira: 16,
};

/** One control of the Calcular fator tab (or of the hidden tab, with `idPrefix` overridden). */
export function renderControl(
  view: FinancingView,
  spec: FieldSpec,
  prefixes?: { id: string; name: string },
): string {
  const { flow } = view;
  const id = prefixes ? prefixes.id + spec.suffix : fieldId(flow, spec);
  const name = prefixes ? prefixes.name + spec.suffix : fieldName(flow, spec);
  const value = displayValue(view, spec.key);
  const mode =
    spec.mode === 'readonly'
      ? ' readonly="readonly"'
      : spec.mode === 'disabled'
        ? ' disabled="disabled"'
        : '';
  const isMoney = spec.kind === 'money' || spec.kind === 'percent' || spec.kind === 'coef';
  // Only editable fields get a live mask; computed ones are formatted by the server or the page script.
  const mask = spec.mode === 'edit' && !prefixes ? MASKS[spec.kind] : undefined;
  const maskAttr = mask
    ? ` data-mask="${mask}${spec.kind === 'money' && flow.moneyPrefix ? '-rs' : ''}"`
    : '';
  const autoPostBack =
    spec.autoPostBack && !prefixes
      ? ` onchange="javascript:setTimeout('__doPostBack(\\'${esc(name)}\\',\\'\\')', 0)"`
      : '';
  switch (spec.control) {
    case 'span':
      return `<span id="${esc(id)}" class="campo-label">${esc(value)}</span>`;
    case 'select': {
      const opts = optionsFor(view, spec.key)
        .map(
          (o) =>
            `<option${o.value === value ? ' selected="selected"' : ''} value="${esc(o.value)}">${esc(o.text)}</option>`,
        )
        .join('');
      return `<select name="${esc(name)}" id="${esc(id)}"${mode}${autoPostBack}>${opts}</select>`;
    }
    case 'radio': {
      const opts = optionsFor(view, spec.key)
        .map(
          (o, i) =>
            `<input id="${esc(id)}_${i}" type="radio" name="${esc(name)}" value="${esc(o.value)}"${o.value === value ? ' checked="checked"' : ''}${mode} /><label for="${esc(id)}_${i}">${esc(o.text)}</label>`,
        )
        .join('&nbsp;');
      return `<span id="${esc(id)}" class="radiolist">${opts}</span>`;
    }
    case 'textarea':
      return `<textarea name="${esc(name)}" rows="3" cols="60" id="${esc(id)}"${mode}>${esc(value)}</textarea>`;
    default: {
      const size = SIZES[spec.key] ?? (isMoney ? 14 : 20);
      const cls = isMoney ? ' class="valor"' : '';
      return `<input name="${esc(name)}" type="text" value="${esc(value)}" id="${esc(id)}" size="${size}"${cls}${mode}${maskAttr} />`;
    }
  }
}

// ---- layout per flow ----------------------------------------------------------------------------

const GROUPS: { title: string; keys: FieldKey[] }[] = [
  { title: 'Atendimento', keys: ['atendimento', 'loja', 'vendedor', 'vendedorCpf'] },
  {
    title: 'Cliente',
    keys: [
      'clienteCodigo',
      'clienteNome',
      'clienteCpf',
      'clienteNascimento',
      'clienteEmail',
      'clienteTelefone',
      'clienteRenda',
      'clienteProfissao',
    ],
  },
  {
    title: 'Veículo',
    keys: [
      'veiculoDescricao',
      'veiculoFipe',
      'veiculoAnoFab',
      'veiculoAnoMod',
      'veiculoAno',
      'veiculoNovoUsado',
      'veiculoChassi',
      'veiculoPlaca',
      'veiculoValor',
    ],
  },
  {
    title: 'Condições',
    keys: [
      'financeira',
      'plano',
      'valorEntrada',
      'percEntrada',
      'valorFinanciado',
      'prazo',
      'coeficiente',
      'retorno',
    ],
  },
  {
    title: 'Resultado',
    keys: [
      'taxaMes',
      'cetMes',
      'cetAno',
      'parcela',
      'retornoValor',
      'propostaFinanceira',
      'situacao',
      'observacao',
    ],
  },
];

function groupSpecs(flow: FlowDef, keys: FieldKey[]): FieldSpec[] {
  return keys.map((k) => fieldSpec(flow, k)).filter((s): s is FieldSpec => Boolean(s));
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Fluxo Avançado: fieldsets with 2-pair table rows and real <label for>. */
function layoutAvancado(view: FinancingView): string {
  return GROUPS.map(({ title, keys }) => {
    const rows = chunk(groupSpecs(view.flow, keys), 2)
      .map(
        (pair) =>
          `<tr>${pair
            .map(
              (s) =>
                `<td class="lbl"><label for="${esc(fieldId(view.flow, s))}" id="${esc(fieldId(view.flow, s))}_lbl">${esc(s.label)}:</label></td><td>${renderControl(view, s)}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('\n');
    return `<fieldset><legend>${esc(title)}</legend><table class="form" cellspacing="0" cellpadding="0">${rows}</table></fieldset>`;
  }).join('\n');
}

/** Gestão Showroom: div rows with <span class="rotulo"> captions (no label association). */
function layoutShowroom(view: FinancingView): string {
  return GROUPS.map(({ title, keys }) => {
    const lines = groupSpecs(view.flow, keys)
      .map(
        (s) =>
          `<div class="linha"><span class="rotulo">${esc(s.label)}</span> ${renderControl(view, s)}</div>`,
      )
      .join('\n');
    return `<div class="bloco"><h4 class="bloco-titulo">${esc(title)}</h4>${lines}</div>`;
  }).join('\n');
}

/** LinxDMSVeiculos: one big table, three label/control pairs per row, labels as <td>. */
function layoutVeiculos(view: FinancingView): string {
  const rows = GROUPS.flatMap(({ title, keys }) => [
    `<tr><td colspan="6" class="secao"><b>${esc(title)}</b></td></tr>`,
    ...chunk(groupSpecs(view.flow, keys), 3).map(
      (row) =>
        `<tr>${row.map((s) => `<td class="lbl">${esc(s.label)}:</td><td>${renderControl(view, s)}</td>`).join('')}</tr>`,
    ),
  ]).join('\n');
  return `<table class="form" border="0" width="100%">${rows}</table>`;
}

function renderButtons(view: FinancingView): string {
  const { flow } = view;
  const ids = pageIds(flow);
  const nm = (id: string) => id.replace(flow.idPrefix, flow.namePrefix);
  if (flow.id === 'gestao-showroom') {
    // LinkButtons: anchors whose href runs __doPostBack.
    const link = (id: string, text: string, postBack: boolean) =>
      `<a id="${id}" class="botao" href="${postBack ? `javascript:__doPostBack('${nm(id)}','')` : 'javascript:LinxDMS.cancelar()'}">${text}</a>`;
    return `<div id="${ids.buttonBar}" class="barra-botoes">${link(ids.btnCalcular, 'Calcular', true)}${link(ids.btnConfirmar, 'Confirmar', true)}${link(ids.btnCancelar, 'Cancelar', false)}</div>`;
  }
  if (flow.id === 'linxdms-veiculos') {
    const btn = (id: string, text: string, onclick: string) =>
      `<button type="button" id="${id}" name="${nm(id)}" class="botao" onclick="${onclick}">${text}</button>`;
    return `<table width="100%" class="barra-botoes"><tr><td id="${ids.buttonBar}" align="right">${btn(ids.btnCalcular, 'Calcular', `__doPostBack('${nm(ids.btnCalcular)}','')`)}${btn(ids.btnConfirmar, 'Confirmar', `__doPostBack('${nm(ids.btnConfirmar)}','')`)}${btn(ids.btnCancelar, 'Cancelar', 'LinxDMS.cancelar()')}</td></tr></table>`;
  }
  const submit = (id: string, text: string, onclick: string) =>
    `<input type="submit" name="${nm(id)}" value="${text}" onclick="${onclick} return false;" id="${id}" class="botao" />`;
  return `<div id="${ids.buttonBar}" class="barra-botoes">${submit(ids.btnCalcular, 'Calcular', `__doPostBack('${nm(ids.btnCalcular)}','');`)}${submit(ids.btnConfirmar, 'Confirmar', `__doPostBack('${nm(ids.btnConfirmar)}','');`)}${submit(ids.btnCancelar, 'Cancelar', 'LinxDMS.cancelar();')}</div>`;
}

/** The UpdatePanel: what a partial postback re-renders and swaps. */
export function renderUpdatePanel(view: FinancingView): string {
  const { flow } = view;
  const ids = pageIds(flow);
  const layout =
    flow.id === 'fluxo-avancado'
      ? layoutAvancado(view)
      : flow.id === 'gestao-showroom'
        ? layoutShowroom(view)
        : layoutVeiculos(view);
  const msg = view.message
    ? `<div class="${view.message.kind === 'ok' ? 'mensagem' : 'erro'}" id="${flow.idPrefix}lblMensagem">${esc(view.message.text)}</div>`
    : '';
  const buttons = flow.buttonsInsidePanel ? renderButtons(view) : '';
  return `<div id="${ids.updatePanel}" class="update-panel">${msg}\n${layout}\n${buttons}</div>`;
}

/** "Dados do financiamento": hidden duplicates of some Calcular fator fields, plus its own. */
function renderOtherTab(view: FinancingView): string {
  const { flow } = view;
  const prefixes = { id: flow.otherTabIdPrefix, name: flow.otherTabNamePrefix };
  const dup = (key: FieldKey, label: string) => {
    const spec = fieldSpec(flow, key);
    if (!spec) return '';
    const copy: FieldSpec = {
      ...spec,
      label,
      mode: key === 'financeira' ? 'disabled' : 'edit',
      autoPostBack: false,
    };
    const control = spec.control === 'span' ? { ...copy, control: 'input' as const } : copy;
    return `<tr><td class="lbl">${esc(label)}:</td><td>${renderControl(view, control, prefixes)}</td></tr>`;
  };
  const p = flow.otherTabIdPrefix;
  const n = flow.otherTabNamePrefix;
  const primeiroVenc = new Date(Date.UTC(2026, 3, 10)).toISOString().slice(0, 10);
  return `<table class="form">
${dup('financeira', 'Financeira')}
${dup('veiculoValor', 'Valor')}
${dup('valorEntrada', 'Valor de entrada')}
${dup('valorFinanciado', 'Valor financiado')}
${dup('prazo', 'Prazo')}
<tr><td class="lbl">Tipo:</td><td><select name="${n}ddlTipo" id="${p}ddlTipo"><option value="CDC" selected="selected">CDC</option><option value="LEA">Leasing</option></select></td></tr>
<tr><td class="lbl">Carência (dias):</td><td><input name="${n}txtCarencia" type="text" value="30" id="${p}txtCarencia" size="4" /></td></tr>
<tr><td class="lbl">1º vencimento:</td><td><input name="${n}txtPrimeiroVencimento" type="text" value="${formatDate(primeiroVenc)}" id="${p}txtPrimeiroVencimento" size="10" /></td></tr>
<tr><td class="lbl">Valor:</td><td><input name="${n}txtValor" type="text" value="${esc(formatMoney(view.at.vehicle.valueCents))}" id="${p}txtValor" size="14" class="valor" /></td></tr>
</table>`;
}

function renderAnexos(view: FinancingView): string {
  const ids = pageIds(view.flow);
  const rows = view.at.anexos
    .map(
      (a: DmsAnexo) =>
        `<tr><td>${esc(a.tipo)}</td><td>${esc(a.descricao)}</td><td>${esc(a.referencia)}</td><td>${formatDate(a.data)}</td></tr>`,
    )
    .join('');
  const credere = view.at.anexos.filter((a) => a.tipo === 'CREDERE').map((a) => a.referencia);
  const lastCredere = credere[credere.length - 1] ?? '';
  return `<fieldset id="${ids.anexosPanel}" class="anexos"><legend>Anexos/Documentos do atendimento</legend>
<table class="grid" id="${ids.anexosList}"><thead><tr><th>Tipo</th><th>Descrição</th><th>Referência</th><th>Data</th></tr></thead><tbody>${rows}</tbody></table>
<div class="linha" style="margin-top:4px"><label for="${ids.propostaCredere}">Proposta CREDERE:</label>
<input name="${ids.propostaCredereName}" type="text" value="${esc(lastCredere)}" id="${ids.propostaCredere}" size="40" />
<input type="hidden" name="${ids.propostaCredereHiddenName}" id="${ids.propostaCredereHidden}" value="${esc(JSON.stringify(credere))}" /></div>
</fieldset>`;
}

function renderTabs(view: FinancingView): {
  strip: string;
  dadosOpen: string;
  fatorOpen: string;
  close: string;
} {
  const { flow, activeTab } = view;
  const ids = pageIds(flow);
  const fatorActive = activeTab === 'fator';
  const hide = (active: boolean) => (active ? '' : ' style="display:none;visibility:hidden"');
  if (flow.id === 'fluxo-avancado') {
    const tab = (id: string, text: string, aba: ActiveTab, active: boolean) =>
      `<span id="${id}" data-aba="${aba}" class="${active ? 'ajax__tab_active' : ''}"><span class="ajax__tab_outer"><span class="ajax__tab_inner"><a class="ajax__tab_tab" id="__tab_${id.replace(/_tab$/, '')}" href="#" style="text-decoration:none;">${text}</a></span></span></span>`;
    return {
      strip: `<div id="${flow.pageIdPrefix}tcFinanciamento" class="ajax__tab_xp ajax__tab_container"><div id="${flow.pageIdPrefix}tcFinanciamento_header" class="ajax__tab_header">${tab(ids.tabDados, 'Dados do financiamento', 'dados', !fatorActive)}${tab(ids.tabFator, 'Calcular fator', 'fator', fatorActive)}</div><div id="${flow.pageIdPrefix}tcFinanciamento_body" class="ajax__tab_body">`,
      dadosOpen: `<div id="${ids.panelDados}" class="ajax__tab_panel"${hide(!fatorActive)}>`,
      fatorOpen: `<div id="${ids.panelFator}" class="ajax__tab_panel"${hide(fatorActive)}>`,
      close: '</div></div>',
    };
  }
  if (flow.id === 'gestao-showroom') {
    const li = (id: string, text: string, aba: ActiveTab, active: boolean) =>
      `<li class="${active ? 'ativa' : ''}"><a id="${id}" data-aba="${aba}" href="javascript:void(0)">${text}</a></li>`;
    return {
      strip: `<ul class="abas">${li(ids.tabDados, 'Dados do financiamento', 'dados', !fatorActive)}${li(ids.tabFator, 'Calcular fator', 'fator', fatorActive)}<li class="desabilitada"><a href="javascript:void(0)" data-aba="">Histórico</a></li></ul><div class="painel-aba">`,
      dadosOpen: `<div id="${ids.panelDados}"${hide(!fatorActive)}>`,
      fatorOpen: `<div id="${ids.panelFator}"${hide(fatorActive)}>`,
      close: '</div>',
    };
  }
  const td = (id: string, text: string, aba: ActiveTab, active: boolean) =>
    `<td id="${id}" data-aba="${aba}" class="aba${active ? ' ativa' : ''}">${text}</td>`;
  return {
    strip: `<table cellspacing="0" cellpadding="0" class="tabstrip"><tr>${td(ids.tabDados, 'Dados do financiamento', 'dados', !fatorActive)}${td(ids.tabFator, 'Calcular fator', 'fator', fatorActive)}</tr></table><div class="painel-aba">`,
    dadosOpen: `<div id="${ids.panelDados}"${hide(!fatorActive)}>`,
    fatorOpen: `<div id="${ids.panelFator}"${hide(fatorActive)}>`,
    close: '</div>',
  };
}

// ---- the page model ------------------------------------------------------------------------------

/** The JSON the page script starts from (and the server sends back after each postback). */
export function buildModel(view: FinancingView) {
  const { at, neg, calc, flow } = view;
  const c = at.customer;
  const v = at.vehicle;
  return {
    flow: flow.id,
    atendimento: at.id,
    abaAtiva: view.activeTab,
    loja: at.storeCode,
    vendedor: at.sellerCode,
    vendedorCpf: seller(at.sellerCode).cpf,
    cliente: {
      codigo: c.code,
      nome: c.name.toUpperCase(),
      cpf: c.cpf,
      nascimento: c.birthdate,
      email: c.email,
      telefone: c.phone,
      rendaCents: c.monthlyIncomeCents,
      profissao: c.professionCode,
      profissaoNome: professionName(c.professionCode) || null,
    },
    veiculo: {
      descricao: v.description,
      fipe: v.fipeCode,
      anoFabricacao: v.manufactureYear,
      anoModelo: v.modelYear,
      zeroKm: v.zeroKm,
      chassi: v.chassi,
      placa: v.plate,
      valorCents: v.valueCents,
    },
    negociacao: {
      financeira: neg.financeiraCode,
      plano: neg.planCode,
      valorEntradaCents: neg.downPaymentCents,
      percEntrada: calc.downPaymentPercent,
      valorFinanciadoCents: calc.financedAmountCents,
      prazo: neg.termMonths,
      coeficiente: calc.coefficient,
      coeficienteDigitado: neg.coefficientOverride !== null,
      taxaMes: calc.taxaMes,
      cetMes: calc.cetMes,
      cetAno: calc.cetAno,
      parcelaCents: calc.installmentCents,
      retorno: neg.retorno,
      retornoValorCents: calc.retornoCents,
      propostaFinanceira: neg.bankProposalNumber,
      situacao: neg.situacao,
      observacao: neg.observacao,
    },
    propostaCredere: at.anexos.filter((a) => a.tipo === 'CREDERE').at(-1)?.referencia ?? '',
    anexos: at.anexos.map((a) => ({ ...a })),
    /** Last raw value seen per element id, set by the page's event listeners only. */
    raw: {} as Record<string, string>,
    revision: 0,
    recalculos: 0,
  };
}

export type PageModel = ReturnType<typeof buildModel>;

export interface ViewStateData {
  flow: string;
  atendimento: string;
  negociacao: 'nova' | 'editar';
  heavy?: boolean;
}

export function viewStateOf(view: FinancingView): string {
  const data: ViewStateData = {
    flow: view.flow.id,
    atendimento: view.at.id,
    negociacao: view.negotiationMode,
    heavy: view.heavy,
  };
  return encodeViewState(data);
}

/** What the page script needs besides the DOM: ids, kinds, tables. */
export function pageConfig(view: FinancingView) {
  const { flow } = view;
  const terms: Record<string, { taxaMes: number; cetMes: number; cetAno: number }> = {};
  for (const t of FINANCEIRAS) terms[t.dmsCode] = { taxaMes: t.taxaMes, cetMes: t.cetMes, cetAno: t.cetAno };
  return {
    flow: flow.id,
    flowName: flow.name,
    moneyPrefix: flow.moneyPrefix,
    fields: flow.fields.map((s) => ({
      key: s.key,
      id: fieldId(flow, s),
      name: fieldName(flow, s),
      kind: s.kind,
      control: s.control,
      mode: s.mode,
      autoPostBack: Boolean(s.autoPostBack),
    })),
    ids: pageIds(flow),
    coeficientes: coefficientTable(),
    financeiras: terms,
    retornos: Object.fromEntries(RETORNOS.map((r) => [r.code, r.percent])),
    cancelUrl:
      flow.id === 'gestao-showroom'
        ? null
        : `${flow.id === 'fluxo-avancado' ? flow.entryPath : '/LinxDMS/Veiculos/Atendimento.aspx'}?atendimento=${view.at.id}&aba=negociacao`,
    model: buildModel(view),
  };
}

export function renderFinancingPage(view: FinancingView, action: string): string {
  const { flow } = view;
  const ids = pageIds(flow);
  const tabs = renderTabs(view);
  const buttons = flow.buttonsInsidePanel ? '' : renderButtons(view);
  const heavyHead = view.heavy
    ? '<script src="/LinxDMS/Scripts/linxdms.heavy.js" type="text/javascript"></script>'
    : '';
  const body = `<form name="aspnetForm" method="post" action="${esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${esc(viewStateOf(view))}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="6A9F1C2B" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAxq7Qf3kH2a" />
<input type="hidden" name="${ids.activeTabHiddenName}" id="${ids.activeTabHidden}" value="${view.activeTab}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) { if (window.LinxDMS) { LinxDMS.postBack(eventTarget, eventArgument); } }
//]]>
</script>
${flow.id === 'fluxo-avancado' ? '<div class="topo"><span class="usuario">Usuário: VENDAS01 | AUTOSUL</span><span class="sistema">LinxDMS - Fluxo Atendimento Avançado</span></div>' : ''}
<div class="titulo-pagina" id="${flow.pageIdPrefix}lblTitulo">Financiamento - Atendimento ${esc(view.at.id)}${view.negotiationMode === 'nova' ? ' (nova negociação)' : ''}</div>
<div class="conteudo">
${tabs.strip}
${tabs.dadosOpen}
${renderOtherTab(view)}
</div>
${tabs.fatorOpen}
${renderUpdatePanel(view)}
${buttons}
${renderAnexos(view)}
</div>
${tabs.close}
${view.heavy ? `<div id="estoque-heavy">${renderHeavyGrid()}</div>` : ''}
</div>
<div class="aguarde" id="divAguarde">Aguarde, processando...</div>
</form>
<script id="linxdms-config" type="application/json">${scriptJson(pageConfig(view))}</script>
<script src="/LinxDMS/Scripts/imask.min.js" type="text/javascript"></script>
<script src="/LinxDMS/Scripts/linxdms.financiamento.js" type="text/javascript"></script>
${heavyHead}`;
  return htmlPage({
    title: `LinxDMS - Financiamento - ${flow.name}`,
    charset: flow.charset,
    body,
    bodyClass: `financiamento ${flow.id}`,
  });
}
