import type { ScreenProfile } from '../types';
import { bySuffix, SELECT_EVENTS, selectors } from './helpers';

/**
 * LinxDMSVeiculos: a frameset whose frame "principal" navigates to Veiculos/Financiamento.aspx,
 * aba "Calcular fator". `<td>` captions, `<button>` buttons, Prazo typed (mask "00") and
 * Coeficiente typed (overrides the table until Prazo/Financeira change: written after Prazo).
 * Manual check: LinxDMSVeiculos → Consulta atendimentos → atendimento → Negociação → Editar → Calcular fator.
 */
const P = 'ucFinanc_';

export const linxdmsVeiculosProfile: ScreenProfile = {
  id: 'linxdms-veiculos',
  label: 'LinxDMSVeiculos — Financiamento / Calcular fator',
  match: {
    urls: ['*/LinxDMS/Veiculos/Financiamento.aspx*'],
    marker: selectors('div[id$="_pnlCalcFator"]'),
    activeTab: selectors('td[id$="_tabCalcFator"].ativa'),
    scope: selectors('form#aspnetForm', 'form'),
  },
  anchor: { locators: selectors(`[id$="${P}tdBotoes"]`), position: 'append' },
  fields: {
    atendimentoId: bySuffix(`${P}txtAtendimento`, 'text'),
    lojaCode: bySuffix(`${P}ddlEmpresa`, 'selectByCode', { locators: [{ label: 'Empresa/Filial' }] }),
    sellerCode: bySuffix(`${P}ddlVendedor`, 'selectByCode'),
    sellerCpf: bySuffix(`${P}txtCpfVendedor`, 'cpfCnpj', { locators: [{ label: 'CPF vendedor' }] }),
    customerCode: bySuffix(`${P}txtCodigoCliente`, 'text'),
    customerName: bySuffix(`${P}txtNome`, 'text'),
    customerCpf: bySuffix(`${P}txtCPF`, 'cpfCnpj'),
    customerBirthdate: bySuffix(`${P}txtDtNascimento`, 'date', { locators: [{ label: 'Nascimento' }] }),
    customerEmail: bySuffix(`${P}txtEmail`, 'text'),
    customerPhone: bySuffix(`${P}txtCelular`, 'phone'),
    customerMonthlyIncome: bySuffix(`${P}txtRenda`, 'money'),
    customerProfessionCode: bySuffix(`${P}ddlProfissao`, 'selectByCode'),
    vehicleDescription: bySuffix(`${P}txtDescricaoModelo`, 'text'),
    vehicleFipeCode: bySuffix(`${P}txtFipe`, 'text'),
    vehicleYears: bySuffix(`${P}txtAnoFabMod`, 'yearPair', { locators: [{ label: 'Ano Fab./Mod.' }] }),
    vehicleZeroKm: bySuffix(`${P}txtNovoUsado`, 'text', { truthy: ['NOVO', 'N'] }),
    vehicleChassi: bySuffix(`${P}txtChassi`, 'text'),
    vehiclePlate: bySuffix(`${P}txtPlaca`, 'text', { optional: true }),
    vehicleValue: bySuffix(`${P}txtValorVenda`, 'money'),
    financeira: bySuffix(`${P}ddlFinanceira`, 'selectByCode', {
      writable: true,
      postback: true,
      events: SELECT_EVENTS,
    }),
    plano: bySuffix(`${P}ddlPlano`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    entrada: bySuffix(`${P}txtValorEntrada`, 'money', {
      writable: true,
      locators: [{ label: 'Vlr. entrada' }],
    }),
    percEntrada: bySuffix(`${P}txtPercEntrada`, 'percent'),
    valorFinanciado: bySuffix(`${P}txtValorFinanciar`, 'money', { writable: true }),
    prazo: bySuffix(`${P}txtPrazo`, 'integer', { writable: true }),
    coeficiente: bySuffix(`${P}txtCoeficiente`, 'decimal', { decimals: 6, writable: true }),
    taxa: bySuffix(`${P}txtTaxaAm`, 'percent', { writable: true }),
    cetMes: bySuffix(`${P}txtCetAm`, 'percent', { writable: true }),
    cetAno: bySuffix(`${P}txtCetAa`, 'percent', { writable: true }),
    parcela: bySuffix(`${P}txtValorPrestacao`, 'money', { writable: true }),
    retorno: bySuffix(`${P}ddlRetorno`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    retornoValor: bySuffix(`${P}txtValorRetorno`, 'money'),
    numeroProposta: bySuffix(`${P}txtPropostaFinanceira`, 'text', { writable: true }),
    situacao: bySuffix(`${P}ddlSituacao`, 'selectByCode', { writable: true, events: SELECT_EVENTS }),
    observacao: bySuffix(`${P}txtObservacao`, 'text', { writable: true }),
    propostaCredere: bySuffix('_ucAnexos_txtDocumentoExterno', 'text', { writable: true }),
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
