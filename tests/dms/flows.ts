/**
 * The three LinxDMS entry flows the vendor manual names. Each renders the same financing
 * screen with its own ids, names, labels, controls and frame structure, the way three
 * generations of a WebForms product drift apart.
 */

export type FlowId = 'fluxo-avancado' | 'gestao-showroom' | 'linxdms-veiculos';

export type FieldKey =
  | 'atendimento'
  | 'loja'
  | 'vendedor'
  | 'vendedorCpf'
  | 'clienteCodigo'
  | 'clienteNome'
  | 'clienteCpf'
  | 'clienteNascimento'
  | 'clienteEmail'
  | 'clienteTelefone'
  | 'clienteRenda'
  | 'clienteProfissao'
  | 'veiculoDescricao'
  | 'veiculoFipe'
  | 'veiculoAnoFab'
  | 'veiculoAnoMod'
  | 'veiculoAno'
  | 'veiculoNovoUsado'
  | 'veiculoChassi'
  | 'veiculoPlaca'
  | 'veiculoValor'
  | 'financeira'
  | 'plano'
  | 'valorEntrada'
  | 'percEntrada'
  | 'valorFinanciado'
  | 'prazo'
  | 'coeficiente'
  | 'taxaMes'
  | 'cetMes'
  | 'cetAno'
  | 'parcela'
  | 'retorno'
  | 'retornoValor'
  | 'propostaFinanceira'
  | 'situacao'
  | 'observacao';

/**
 * How a field is drawn. `span` = an ASP.NET Label (text, not an input); `radio` = a
 * RadioButtonList (ids `<id>_0`, `<id>_1`).
 */
export type FieldControl = 'input' | 'select' | 'textarea' | 'span' | 'radio';

/** Which mask / parser the page applies. */
export type FieldKind =
  | 'text'
  | 'money'
  | 'cpf'
  | 'date'
  | 'phone'
  | 'percent'
  | 'coef'
  | 'int'
  | 'code'
  | 'year'
  | 'yearPair'
  | 'zeroKm';

export interface FieldSpec {
  key: FieldKey;
  /** Control id suffix; the full id is the flow's container prefix + this. */
  suffix: string;
  label: string;
  control: FieldControl;
  kind: FieldKind;
  mode: 'edit' | 'readonly' | 'disabled';
  /** Changing it posts back (AutoPostBack=true). */
  autoPostBack?: boolean;
}

export interface FlowDef {
  id: FlowId;
  name: string;
  /** Path of the flow's entry (atendimento) page; `?atendimento=<id>` selects the deal. */
  entryPath: string;
  /** Path of the Financiamento page (the document that holds the form). */
  financingPath: string;
  /** Id / name prefix of controls on the Calcular fator tab. */
  idPrefix: string;
  namePrefix: string;
  /** Id / name prefix of the hidden "Dados do financiamento" tab's duplicates. */
  otherTabIdPrefix: string;
  otherTabNamePrefix: string;
  /** Id prefix of page-level controls (tabs, hidden fields, anexos). */
  pageIdPrefix: string;
  pageNamePrefix: string;
  /** Served as ISO-8859-1 (legacy pages), the others as UTF-8. */
  charset: 'iso-8859-1' | 'utf-8';
  /** Money inputs show "R$ " inside the mask. */
  moneyPrefix: boolean;
  /** The button bar lives inside the UpdatePanel (so a postback replaces injected buttons too). */
  buttonsInsidePanel: boolean;
  fields: FieldSpec[];
}

const f = (
  key: FieldKey,
  suffix: string,
  label: string,
  control: FieldControl,
  kind: FieldKind,
  mode: FieldSpec['mode'],
  autoPostBack = false,
): FieldSpec => ({ key, suffix, label, control, kind, mode, autoPostBack });

export const FLOWS: Record<FlowId, FlowDef> = {
  'fluxo-avancado': {
    id: 'fluxo-avancado',
    name: 'Fluxo Atendimento Avançado',
    entryPath: '/LinxDMS/Atendimento/FluxoAvancado.aspx',
    financingPath: '/LinxDMS/Atendimento/Financiamento.aspx',
    idPrefix: 'ctl00_ContentPlaceHolder1_tcFinanciamento_tpCalcularFator_',
    namePrefix: 'ctl00$ContentPlaceHolder1$tcFinanciamento$tpCalcularFator$',
    otherTabIdPrefix: 'ctl00_ContentPlaceHolder1_tcFinanciamento_tpDadosFinanciamento_',
    otherTabNamePrefix: 'ctl00$ContentPlaceHolder1$tcFinanciamento$tpDadosFinanciamento$',
    pageIdPrefix: 'ctl00_ContentPlaceHolder1_',
    pageNamePrefix: 'ctl00$ContentPlaceHolder1$',
    charset: 'iso-8859-1',
    moneyPrefix: false,
    buttonsInsidePanel: false,
    fields: [
      f('atendimento', 'txtNumAtendimento', 'Nº Atendimento', 'input', 'code', 'readonly'),
      f('loja', 'ddlLoja', 'Loja', 'select', 'code', 'disabled'),
      f('vendedor', 'txtVendedor', 'Vendedor', 'input', 'text', 'readonly'),
      f('vendedorCpf', 'txtCpfVendedor', 'CPF vendedor', 'input', 'cpf', 'readonly'),
      f('clienteCodigo', 'txtCodCliente', 'Código', 'input', 'code', 'readonly'),
      f('clienteNome', 'txtNomeCliente', 'Nome', 'input', 'text', 'readonly'),
      f('clienteCpf', 'txtCpfCnpj', 'CPF/CNPJ', 'input', 'cpf', 'readonly'),
      f('clienteNascimento', 'txtDataNascimento', 'Data de nascimento', 'input', 'date', 'edit'),
      f('clienteEmail', 'txtEmail', 'E-mail', 'input', 'text', 'edit'),
      f('clienteTelefone', 'txtTelefone', 'Telefone', 'input', 'phone', 'edit'),
      f('clienteRenda', 'txtRendaMensal', 'Renda mensal (R$)', 'input', 'money', 'edit'),
      f('clienteProfissao', 'ddlProfissao', 'Profissão', 'select', 'code', 'edit'),
      f('veiculoDescricao', 'txtModelo', 'Modelo', 'input', 'text', 'readonly'),
      f('veiculoFipe', 'txtCodigoFipe', 'Código FIPE', 'input', 'text', 'readonly'),
      f('veiculoAnoFab', 'txtAnoFabricacao', 'Ano fab.', 'input', 'year', 'readonly'),
      f('veiculoAnoMod', 'txtAnoModelo', 'Ano mod.', 'input', 'year', 'readonly'),
      f('veiculoNovoUsado', 'ddlNovoUsado', 'Novo/Usado', 'select', 'zeroKm', 'disabled'),
      f('veiculoChassi', 'txtChassi', 'Chassi', 'input', 'text', 'readonly'),
      f('veiculoPlaca', 'txtPlaca', 'Placa', 'input', 'text', 'readonly'),
      f('veiculoValor', 'txtValorVeiculo', 'Valor do veículo (R$)', 'input', 'money', 'edit'),
      f('financeira', 'ddlFinanceira', 'Financeira', 'select', 'code', 'edit', true),
      f('plano', 'ddlPlano', 'Plano/Tabela', 'select', 'code', 'edit'),
      f('valorEntrada', 'txtValorEntrada', 'Valor de entrada (R$)', 'input', 'money', 'edit'),
      f('percEntrada', 'txtPercEntrada', '% Entrada', 'input', 'percent', 'readonly'),
      f('valorFinanciado', 'txtValorFinanciado', 'Valor financiado (R$)', 'input', 'money', 'readonly'),
      f('prazo', 'ddlPrazo', 'Prazo (meses)', 'select', 'int', 'edit'),
      f('coeficiente', 'txtCoeficiente', 'Coeficiente', 'input', 'coef', 'readonly'),
      f('taxaMes', 'txtTaxaMes', 'Taxa % a.m.', 'input', 'percent', 'readonly'),
      f('cetMes', 'txtCetMes', 'CET % a.m.', 'input', 'percent', 'readonly'),
      f('cetAno', 'txtCetAno', 'CET % a.a.', 'input', 'percent', 'readonly'),
      f('parcela', 'txtValorParcela', 'Valor da parcela (R$)', 'input', 'money', 'readonly'),
      f('retorno', 'ddlRetorno', 'Retorno', 'select', 'code', 'edit'),
      f('retornoValor', 'txtValorRetorno', 'Valor retorno (R$)', 'input', 'money', 'readonly'),
      f(
        'propostaFinanceira',
        'txtNumPropostaFinanceira',
        'Nº proposta (financeira)',
        'input',
        'text',
        'edit',
      ),
      f('situacao', 'ddlSituacao', 'Situação', 'select', 'code', 'edit'),
      f('observacao', 'txtObservacao', 'Observação', 'textarea', 'text', 'edit'),
    ],
  },
  'gestao-showroom': {
    id: 'gestao-showroom',
    name: 'Gestão Showroom',
    entryPath: '/LinxDMS/Showroom/GestaoShowroom.aspx',
    financingPath: '/LinxDMS/Showroom/Financiamento.aspx',
    idPrefix: 'ctl01_cphConteudo_ucCalculoFator_',
    namePrefix: 'ctl01$cphConteudo$ucCalculoFator$',
    otherTabIdPrefix: 'ctl01_cphConteudo_ucDadosFinanc_',
    otherTabNamePrefix: 'ctl01$cphConteudo$ucDadosFinanc$',
    pageIdPrefix: 'ctl01_cphConteudo_',
    pageNamePrefix: 'ctl01$cphConteudo$',
    charset: 'utf-8',
    moneyPrefix: true,
    buttonsInsidePanel: true,
    fields: [
      f('atendimento', 'lblNumAtendimento', 'Atendimento', 'span', 'code', 'readonly'),
      f('loja', 'lblLoja', 'Loja', 'span', 'code', 'readonly'),
      f('vendedor', 'ddlVendedor', 'Consultor', 'select', 'code', 'disabled'),
      f('vendedorCpf', 'lblCpfConsultor', 'CPF consultor', 'span', 'cpf', 'readonly'),
      f('clienteCodigo', 'txtCliCodigo', 'Cód. cliente', 'input', 'code', 'readonly'),
      f('clienteNome', 'txtCliNome', 'Nome / Razão social', 'input', 'text', 'readonly'),
      f('clienteCpf', 'txtCliCpf', 'CPF/CNPJ', 'input', 'cpf', 'edit'),
      f('clienteNascimento', 'txtCliNascimento', 'Dt. nascimento', 'input', 'date', 'edit'),
      f('clienteEmail', 'txtCliEmail', 'E-mail', 'input', 'text', 'edit'),
      f('clienteTelefone', 'txtCliFone', 'Celular', 'input', 'phone', 'edit'),
      f('clienteRenda', 'txtCliRenda', 'Renda mensal', 'input', 'money', 'edit'),
      f('clienteProfissao', 'ddlCliProfissao', 'Profissão', 'select', 'code', 'edit'),
      f('veiculoDescricao', 'txtVeicDescricao', 'Veículo', 'input', 'text', 'readonly'),
      f('veiculoFipe', 'txtVeicFipe', 'FIPE', 'input', 'text', 'readonly'),
      f('veiculoAno', 'txtVeicAno', 'Ano fab./mod.', 'input', 'yearPair', 'readonly'),
      f('veiculoNovoUsado', 'rblNovoUsado', 'Novo/Usado', 'radio', 'zeroKm', 'disabled'),
      f('veiculoChassi', 'txtVeicChassi', 'Chassi', 'input', 'text', 'readonly'),
      f('veiculoPlaca', 'txtVeicPlaca', 'Placa', 'input', 'text', 'readonly'),
      f('veiculoValor', 'txtVeicValor', 'Valor de venda', 'input', 'money', 'readonly'),
      f('financeira', 'ddlBanco', 'Banco/Financeira', 'select', 'code', 'edit', true),
      f('plano', 'ddlTabela', 'Tabela', 'select', 'code', 'edit'),
      f('valorEntrada', 'txtVlEntrada', 'Entrada', 'input', 'money', 'edit'),
      f('percEntrada', 'txtPctEntrada', '% Entrada', 'input', 'percent', 'edit'),
      f('valorFinanciado', 'txtVlFinanciado', 'Valor financiado', 'input', 'money', 'disabled'),
      f('prazo', 'ddlQtdParcelas', 'Nº de parcelas', 'select', 'int', 'edit'),
      f('coeficiente', 'txtFator', 'Fator', 'input', 'coef', 'readonly'),
      f('taxaMes', 'txtTaxa', 'Taxa (% a.m.)', 'input', 'percent', 'readonly'),
      f('cetMes', 'txtCetAm', 'CET a.m.', 'input', 'percent', 'readonly'),
      f('cetAno', 'txtCetAa', 'CET a.a.', 'input', 'percent', 'readonly'),
      f('parcela', 'txtVlParcela', 'Parcela', 'input', 'money', 'readonly'),
      f('retorno', 'ddlRetorno', 'Retorno', 'select', 'code', 'edit'),
      f('retornoValor', 'txtVlRetorno', 'Vl. retorno', 'input', 'money', 'readonly'),
      f('propostaFinanceira', 'txtNrPropostaBanco', 'Nº proposta banco', 'input', 'text', 'edit'),
      f('situacao', 'ddlStatus', 'Situação', 'select', 'code', 'edit'),
      f('observacao', 'txtObs', 'Observações', 'textarea', 'text', 'edit'),
    ],
  },
  'linxdms-veiculos': {
    id: 'linxdms-veiculos',
    name: 'LinxDMSVeiculos',
    entryPath: '/LinxDMS/Veiculos/Default.aspx',
    financingPath: '/LinxDMS/Veiculos/Financiamento.aspx',
    idPrefix: 'ctl00_MainContent_ucFinanc_',
    namePrefix: 'ctl00$MainContent$ucFinanc$',
    otherTabIdPrefix: 'ctl00_MainContent_ucFinancDados_',
    otherTabNamePrefix: 'ctl00$MainContent$ucFinancDados$',
    pageIdPrefix: 'ctl00_MainContent_',
    pageNamePrefix: 'ctl00$MainContent$',
    charset: 'utf-8',
    moneyPrefix: false,
    buttonsInsidePanel: false,
    fields: [
      f('atendimento', 'txtAtendimento', 'Atendimento', 'input', 'code', 'readonly'),
      f('loja', 'ddlEmpresa', 'Empresa/Filial', 'select', 'code', 'edit'),
      f('vendedor', 'ddlVendedor', 'Vendedor', 'select', 'code', 'disabled'),
      f('vendedorCpf', 'txtCpfVendedor', 'CPF vendedor', 'input', 'cpf', 'readonly'),
      f('clienteCodigo', 'txtCodigoCliente', 'Cliente', 'input', 'code', 'readonly'),
      f('clienteNome', 'txtNome', 'Nome', 'input', 'text', 'readonly'),
      f('clienteCpf', 'txtCPF', 'CPF/CNPJ', 'input', 'cpf', 'readonly'),
      f('clienteNascimento', 'txtDtNascimento', 'Nascimento', 'input', 'date', 'edit'),
      f('clienteEmail', 'txtEmail', 'E-mail', 'input', 'text', 'edit'),
      f('clienteTelefone', 'txtCelular', 'Telefone celular', 'input', 'phone', 'edit'),
      f('clienteRenda', 'txtRenda', 'Renda', 'input', 'money', 'edit'),
      f('clienteProfissao', 'ddlProfissao', 'Profissão', 'select', 'code', 'edit'),
      f('veiculoDescricao', 'txtDescricaoModelo', 'Modelo', 'input', 'text', 'readonly'),
      f('veiculoFipe', 'txtFipe', 'Cód. FIPE', 'input', 'text', 'readonly'),
      f('veiculoAno', 'txtAnoFabMod', 'Ano Fab./Mod.', 'input', 'yearPair', 'readonly'),
      f('veiculoNovoUsado', 'txtNovoUsado', 'Novo/Usado', 'input', 'zeroKm', 'readonly'),
      f('veiculoChassi', 'txtChassi', 'Chassi', 'input', 'text', 'readonly'),
      f('veiculoPlaca', 'txtPlaca', 'Placa', 'input', 'text', 'readonly'),
      f('veiculoValor', 'txtValorVenda', 'Valor de venda', 'input', 'money', 'readonly'),
      f('financeira', 'ddlFinanceira', 'Financeira', 'select', 'code', 'edit', true),
      f('plano', 'ddlPlano', 'Plano', 'select', 'code', 'edit'),
      f('valorEntrada', 'txtValorEntrada', 'Vlr. entrada', 'input', 'money', 'edit'),
      f('percEntrada', 'txtPercEntrada', '% Entr.', 'input', 'percent', 'readonly'),
      f('valorFinanciado', 'txtValorFinanciar', 'Valor a financiar', 'input', 'money', 'readonly'),
      f('prazo', 'txtPrazo', 'Prazo', 'input', 'int', 'edit'),
      f('coeficiente', 'txtCoeficiente', 'Coeficiente', 'input', 'coef', 'edit'),
      f('taxaMes', 'txtTaxaAm', 'Taxa a.m. (%)', 'input', 'percent', 'readonly'),
      f('cetMes', 'txtCetAm', 'CET a.m. (%)', 'input', 'percent', 'readonly'),
      f('cetAno', 'txtCetAa', 'CET a.a. (%)', 'input', 'percent', 'readonly'),
      f('parcela', 'txtValorPrestacao', 'Valor da prestação', 'input', 'money', 'readonly'),
      f('retorno', 'ddlRetorno', 'Retorno', 'select', 'code', 'edit'),
      f('retornoValor', 'txtValorRetorno', 'Valor do retorno', 'input', 'money', 'readonly'),
      f('propostaFinanceira', 'txtPropostaFinanceira', 'Nº proposta financeira', 'input', 'text', 'edit'),
      f('situacao', 'ddlSituacao', 'Situação', 'select', 'code', 'edit'),
      f('observacao', 'txtObservacao', 'Observação', 'textarea', 'text', 'edit'),
    ],
  },
};

export const FLOW_IDS = Object.keys(FLOWS) as FlowId[];

export function fieldSpec(flow: FlowDef, key: FieldKey): FieldSpec | undefined {
  return flow.fields.find((x) => x.key === key);
}

export const fieldId = (flow: FlowDef, spec: FieldSpec) => flow.idPrefix + spec.suffix;
export const fieldName = (flow: FlowDef, spec: FieldSpec) => flow.namePrefix + spec.suffix;

/** Page-level controls (outside the form grid): buttons, tabs, hidden fields, anexos. */
export function pageIds(flow: FlowDef) {
  const p = flow.pageIdPrefix;
  const n = flow.pageNamePrefix;
  const byFlow = {
    'fluxo-avancado': {
      tabDados: `${p}tcFinanciamento_tpDadosFinanciamento_tab`,
      tabFator: `${p}tcFinanciamento_tpCalcularFator_tab`,
      panelDados: `${p}tcFinanciamento_tpDadosFinanciamento`,
      panelFator: `${p}tcFinanciamento_tpCalcularFator`,
      updatePanel: `${p}tcFinanciamento_tpCalcularFator_upCalculo`,
      btnCalcular: `${flow.idPrefix}btnCalcular`,
      btnConfirmar: `${flow.idPrefix}btnConfirmar`,
      btnCancelar: `${flow.idPrefix}btnCancelar`,
      buttonBar: `${flow.idPrefix}pnlBotoes`,
      anexosPanel: `${p}ucAnexos_pnlAnexos`,
      propostaCredere: `${p}ucAnexos_txtPropostaCredere`,
      propostaCredereHidden: `${p}ucAnexos_hdnPropostaCredere`,
      anexosList: `${p}ucAnexos_lstAnexos`,
    },
    'gestao-showroom': {
      tabDados: `${p}lnkAbaDados`,
      tabFator: `${p}lnkAbaCalcularFator`,
      panelDados: `${p}divAbaDados`,
      panelFator: `${p}divAbaCalcularFator`,
      updatePanel: `${p}upCalculoFator`,
      btnCalcular: `${flow.idPrefix}lnkCalcular`,
      btnConfirmar: `${flow.idPrefix}lnkConfirmar`,
      btnCancelar: `${flow.idPrefix}lnkCancelar`,
      buttonBar: `${flow.idPrefix}divAcoes`,
      anexosPanel: `${p}divDocumentos`,
      propostaCredere: `${p}txtRefCredere`,
      propostaCredereHidden: `${p}hdnRefCredere`,
      anexosList: `${p}gvDocumentos`,
    },
    'linxdms-veiculos': {
      tabDados: `${p}tabDados`,
      tabFator: `${p}tabCalcFator`,
      panelDados: `${p}pnlDados`,
      panelFator: `${p}pnlCalcFator`,
      updatePanel: `${p}upFinanciamento`,
      btnCalcular: `${flow.idPrefix}btnCalcular`,
      btnConfirmar: `${flow.idPrefix}btnOk`,
      btnCancelar: `${flow.idPrefix}btnCancelar`,
      buttonBar: `${flow.idPrefix}tdBotoes`,
      anexosPanel: `${p}ucAnexos_fsAnexos`,
      propostaCredere: `${p}ucAnexos_txtDocumentoExterno`,
      propostaCredereHidden: `${p}ucAnexos_hdnDocumentos`,
      anexosList: `${p}ucAnexos_tblAnexos`,
    },
  } as const;
  return {
    ...byFlow[flow.id],
    activeTabHidden: `${p}hdnAbaAtiva`,
    activeTabHiddenName: `${n}hdnAbaAtiva`,
    propostaCredereName: byFlow[flow.id].propostaCredere.replace(p, n).replace(/_/g, '$'),
    propostaCredereHiddenName: byFlow[flow.id].propostaCredereHidden.replace(p, n).replace(/_/g, '$'),
  };
}
