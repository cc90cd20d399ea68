import type { ScreenProfile } from '../types';
import { bySuffix, SELECT_EVENTS, selectors } from './helpers';

/**
 * Fluxo Atendimento Avançado → Negociação → Editar negociação → Financiamento.aspx, aba
 * "Calcular fator" (AjaxControlToolkit TabContainer; button bar outside the UpdatePanel).
 * Manual check: open an atendimento in the Fluxo Avançado, aba Negociação, "Editar negociação",
 * then the "Calcular fator" tab.
 */
const P = 'tpCalcularFator_';

export const fluxoAvancadoProfile: ScreenProfile = {
  id: 'fluxo-avancado',
  label: 'Fluxo Atendimento Avançado — Financiamento / Calcular fator',
  match: {
    urls: ['*/LinxDMS/Atendimento/Financiamento.aspx*'],
    marker: selectors(
      'div[id$="_tcFinanciamento_tpCalcularFator"]',
      'div[id$="_tpCalcularFator"].ajax__tab_panel',
    ),
    activeTab: selectors('[id$="_tpCalcularFator_tab"].ajax__tab_active'),
    scope: selectors('form#aspnetForm', 'form'),
  },
  anchor: { locators: selectors(`[id$="${P}pnlBotoes"]`), position: 'append' },
  fields: {
    atendimentoId: bySuffix(`${P}txtNumAtendimento`, 'text', { locators: [{ label: 'Nº Atendimento' }] }),
    lojaCode: bySuffix(`${P}ddlLoja`, 'selectByCode', { locators: [{ label: 'Loja' }] }),
    sellerCode: bySuffix(`${P}txtVendedor`, 'text', { extract: '^(\\S+)' }),
    sellerCpf: bySuffix(`${P}txtCpfVendedor`, 'cpfCnpj'),
    customerCode: bySuffix(`${P}txtCodCliente`, 'text'),
    customerName: bySuffix(`${P}txtNomeCliente`, 'text'),
    customerCpf: bySuffix(`${P}txtCpfCnpj`, 'cpfCnpj', { locators: [{ label: 'CPF/CNPJ' }] }),
    customerBirthdate: bySuffix(`${P}txtDataNascimento`, 'date'),
    customerEmail: bySuffix(`${P}txtEmail`, 'text'),
    customerPhone: bySuffix(`${P}txtTelefone`, 'phone'),
    customerMonthlyIncome: bySuffix(`${P}txtRendaMensal`, 'money'),
    customerProfessionCode: bySuffix(`${P}ddlProfissao`, 'selectByCode'),
    vehicleDescription: bySuffix(`${P}txtModelo`, 'text'),
    vehicleFipeCode: bySuffix(`${P}txtCodigoFipe`, 'text'),
    vehicleManufactureYear: bySuffix(`${P}txtAnoFabricacao`, 'integer'),
    vehicleModelYear: bySuffix(`${P}txtAnoModelo`, 'integer'),
    vehicleZeroKm: bySuffix(`${P}ddlNovoUsado`, 'selectByCode', { truthy: ['N'] }),
    vehicleChassi: bySuffix(`${P}txtChassi`, 'text'),
    vehiclePlate: bySuffix(`${P}txtPlaca`, 'text', { optional: true }),
    vehicleValue: bySuffix(`${P}txtValorVeiculo`, 'money'),
    financeira: bySuffix(`${P}ddlFinanceira`, 'selectByCode', {
      writable: true,
      postback: true,
      events: SELECT_EVENTS,
      locators: [{ label: 'Financeira' }],
    }),
    plano: bySuffix(`${P}ddlPlano`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    entrada: bySuffix(`${P}txtValorEntrada`, 'money', {
      writable: true,
      locators: [{ label: 'Valor de entrada (R$)' }],
    }),
    percEntrada: bySuffix(`${P}txtPercEntrada`, 'percent'),
    valorFinanciado: bySuffix(`${P}txtValorFinanciado`, 'money', { writable: true }),
    prazo: bySuffix(`${P}ddlPrazo`, 'integer', { writable: true, events: SELECT_EVENTS }),
    coeficiente: bySuffix(`${P}txtCoeficiente`, 'decimal', { decimals: 6, writable: true }),
    taxa: bySuffix(`${P}txtTaxaMes`, 'percent', { writable: true }),
    cetMes: bySuffix(`${P}txtCetMes`, 'percent', { writable: true }),
    cetAno: bySuffix(`${P}txtCetAno`, 'percent', { writable: true }),
    parcela: bySuffix(`${P}txtValorParcela`, 'money', { writable: true }),
    retorno: bySuffix(`${P}ddlRetorno`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    retornoValor: bySuffix(`${P}txtValorRetorno`, 'money'),
    numeroProposta: bySuffix(`${P}txtNumPropostaFinanceira`, 'text', { writable: true }),
    situacao: bySuffix(`${P}ddlSituacao`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    observacao: bySuffix(`${P}txtObservacao`, 'text', { writable: true }),
    propostaCredere: bySuffix('_ucAnexos_txtPropostaCredere', 'text', {
      writable: true,
      locators: [{ label: 'Proposta CREDERE' }],
    }),
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
