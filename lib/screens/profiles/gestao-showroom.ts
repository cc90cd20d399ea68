import type { ScreenProfile } from '../types';
import { bySuffix, SELECT_EVENTS, selectors } from './helpers';

/**
 * Gestão Showroom → Negociação → "Editar negociação" opens a modal whose iframe loads
 * Showroom/Financiamento.aspx; aba "Calcular fator". ctl01 prefix, ASP.NET Labels as spans,
 * "R$ " inside money masks, and the button bar INSIDE the UpdatePanel (replaced by postbacks).
 * Manual check: Gestão Showroom board → atendimento → Negociação → Editar negociação → Calcular fator.
 */
const P = 'ucCalculoFator_';

export const gestaoShowroomProfile: ScreenProfile = {
  id: 'gestao-showroom',
  label: 'Gestão Showroom — Financiamento / Calcular fator',
  match: {
    urls: ['*/LinxDMS/Showroom/Financiamento.aspx*'],
    marker: selectors('div[id$="_divAbaCalcularFator"]'),
    activeTab: selectors('li.ativa > a[id$="_lnkAbaCalcularFator"]'),
    scope: selectors('form#aspnetForm', 'form'),
  },
  anchor: { locators: selectors(`[id$="${P}divAcoes"]`), position: 'append' },
  fields: {
    atendimentoId: bySuffix(`${P}lblNumAtendimento`, 'text'),
    lojaCode: bySuffix(`${P}lblLoja`, 'text', { extract: '^(\\S+)' }),
    sellerCode: bySuffix(`${P}ddlVendedor`, 'selectByCode', { locators: [{ label: 'Consultor' }] }),
    sellerCpf: bySuffix(`${P}lblCpfConsultor`, 'cpfCnpj'),
    customerCode: bySuffix(`${P}txtCliCodigo`, 'text', { locators: [{ label: 'Cód. cliente' }] }),
    customerName: bySuffix(`${P}txtCliNome`, 'text'),
    customerCpf: bySuffix(`${P}txtCliCpf`, 'cpfCnpj', { locators: [{ label: 'CPF/CNPJ' }] }),
    customerBirthdate: bySuffix(`${P}txtCliNascimento`, 'date'),
    customerEmail: bySuffix(`${P}txtCliEmail`, 'text'),
    customerPhone: bySuffix(`${P}txtCliFone`, 'phone'),
    customerMonthlyIncome: bySuffix(`${P}txtCliRenda`, 'money', { currencyPrefix: true }),
    customerProfessionCode: bySuffix(`${P}ddlCliProfissao`, 'selectByCode'),
    vehicleDescription: bySuffix(`${P}txtVeicDescricao`, 'text'),
    vehicleFipeCode: bySuffix(`${P}txtVeicFipe`, 'text'),
    vehicleYears: bySuffix(`${P}txtVeicAno`, 'yearPair'),
    vehicleZeroKm: bySuffix(`${P}rblNovoUsado`, 'radio', { truthy: ['N'] }),
    vehicleChassi: bySuffix(`${P}txtVeicChassi`, 'text'),
    vehiclePlate: bySuffix(`${P}txtVeicPlaca`, 'text', { optional: true }),
    vehicleValue: bySuffix(`${P}txtVeicValor`, 'money'),
    financeira: bySuffix(`${P}ddlBanco`, 'selectByCode', {
      writable: true,
      postback: true,
      events: SELECT_EVENTS,
      locators: [{ label: 'Banco/Financeira' }],
    }),
    plano: bySuffix(`${P}ddlTabela`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    entrada: bySuffix(`${P}txtVlEntrada`, 'money', { writable: true, currencyPrefix: true }),
    percEntrada: bySuffix(`${P}txtPctEntrada`, 'percent'),
    valorFinanciado: bySuffix(`${P}txtVlFinanciado`, 'money', { writable: true, currencyPrefix: true }),
    prazo: bySuffix(`${P}ddlQtdParcelas`, 'integer', { writable: true, events: SELECT_EVENTS }),
    coeficiente: bySuffix(`${P}txtFator`, 'decimal', { decimals: 6, writable: true }),
    taxa: bySuffix(`${P}txtTaxa`, 'percent', { writable: true }),
    cetMes: bySuffix(`${P}txtCetAm`, 'percent', { writable: true }),
    cetAno: bySuffix(`${P}txtCetAa`, 'percent', { writable: true }),
    parcela: bySuffix(`${P}txtVlParcela`, 'money', { writable: true, currencyPrefix: true }),
    retorno: bySuffix(`${P}ddlRetorno`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    retornoValor: bySuffix(`${P}txtVlRetorno`, 'money'),
    numeroProposta: bySuffix(`${P}txtNrPropostaBanco`, 'text', { writable: true }),
    situacao: bySuffix(`${P}ddlStatus`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    observacao: bySuffix(`${P}txtObs`, 'text', { writable: true }),
    propostaCredere: bySuffix('_txtRefCredere', 'text', { writable: true }),
  },
  writeOrder: [
    'financeira',
    'plano',
    'entrada',
    'prazo',
    'coeficiente',
    'retorno',
    'numeroProposta',
    'situacao',
    'observacao',
    'propostaCredere',
    'valorFinanciado',
    'parcela',
    'taxa',
    'cetMes',
    'cetAno',
  ],
};
