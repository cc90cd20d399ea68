/**
 * The non-financing pages of the demo LinxDMS: atendimento lists, atendimento screens with the
 * aba Negociação, the LinxDMSVeiculos frameset and menu, the Gestão Showroom board with its
 * financing iframe, and the login page shown when the session has expired.
 */
import { formatCpf, formatDate, formatMoney, formatPhone } from './calc';
import type { DmsAtendimento } from './data';
import { professionName, seller, storeName } from './data';
import { FLOWS, type FlowDef } from './flows';
import { esc, htmlPage } from './html';

const V = FLOWS['linxdms-veiculos'];
const S = FLOWS['gestao-showroom'];
const A = FLOWS['fluxo-avancado'];

function listRows(list: DmsAtendimento[], href: (at: DmsAtendimento) => string, target?: string): string {
  return list
    .map(
      (at) =>
        `<tr><td><a href="${esc(href(at))}"${target ? ` target="${target}"` : ''} id="lnkAtendimento_${at.id}">${at.id}</a></td><td>${formatDate(at.openedAt)}</td><td>${esc(at.customer.name.toUpperCase())}</td><td>${esc(at.vehicle.description)}</td><td>${esc(storeName(at.storeCode))}</td><td>${esc(at.sellerCode)}</td><td>${at.negotiation ? 'Em negociação' : 'Aberto'}</td></tr>`,
    )
    .join('\n');
}

const LIST_HEAD =
  '<thead><tr><th>Atendimento</th><th>Abertura</th><th>Cliente</th><th>Veículo</th><th>Loja</th><th>Vendedor</th><th>Situação</th></tr></thead>';

function negotiationGrid(at: DmsAtendimento): string {
  const n = at.negotiation;
  const row = n
    ? `<tr><td>1</td><td>${esc(at.vehicle.description)}</td><td>${formatMoney(at.vehicle.valueCents)}</td><td>${formatMoney(n.downPaymentCents)}</td><td>${esc(n.financeiraCode ?? '')}</td><td>${n.termMonths ?? ''}</td></tr>`
    : '<tr><td colspan="6"><i>Nenhuma negociação cadastrada.</i></td></tr>';
  return `<table class="grid" id="gvNegociacoes"><thead><tr><th>Nº</th><th>Veículo</th><th>Valor</th><th>Entrada</th><th>Financeira</th><th>Prazo</th></tr></thead><tbody>${row}</tbody></table>`;
}

function clienteBlock(at: DmsAtendimento): string {
  const c = at.customer;
  return `<table class="form">
<tr><td class="lbl">Cliente:</td><td>${esc(c.code)} - ${esc(c.name.toUpperCase())}</td></tr>
<tr><td class="lbl">CPF/CNPJ:</td><td>${formatCpf(c.cpf)}</td></tr>
<tr><td class="lbl">Nascimento:</td><td>${formatDate(c.birthdate)}</td></tr>
<tr><td class="lbl">E-mail:</td><td>${esc(c.email ?? '')}</td></tr>
<tr><td class="lbl">Telefone:</td><td>${formatPhone(c.phone)}</td></tr>
<tr><td class="lbl">Profissão:</td><td>${esc(professionName(c.professionCode))}</td></tr>
</table>`;
}

function veiculoBlock(at: DmsAtendimento): string {
  const v = at.vehicle;
  return `<table class="form">
<tr><td class="lbl">Modelo:</td><td>${esc(v.description)}</td></tr>
<tr><td class="lbl">Ano:</td><td>${v.manufactureYear}/${v.modelYear} (${v.zeroKm ? 'novo' : 'usado'})</td></tr>
<tr><td class="lbl">Chassi:</td><td>${esc(v.chassi)}</td></tr>
<tr><td class="lbl">Valor:</td><td>R$ ${formatMoney(v.valueCents)}</td></tr>
</table>`;
}

type Aba = 'cliente' | 'veiculo' | 'negociacao';

/** Client-side tabs shared by the atendimento screens; the active one comes from ?aba=. */
const TABS_SCRIPT = `<script type="text/javascript">
document.addEventListener('click', function (e) {
  var t = e.target && e.target.closest ? e.target.closest('[data-aba-atendimento]') : null;
  if (!t) return;
  e.preventDefault();
  var aba = t.getAttribute('data-aba-atendimento');
  var panes = document.querySelectorAll('[data-painel-atendimento]');
  for (var i = 0; i < panes.length; i++) panes[i].style.display = panes[i].getAttribute('data-painel-atendimento') === aba ? '' : 'none';
  var tabs = document.querySelectorAll('[data-aba-atendimento]');
  for (var j = 0; j < tabs.length; j++) tabs[j].className = tabs[j] === t ? 'ativa' : '';
});
</script>`;

function atendimentoTabs(prefix: string, at: DmsAtendimento, aba: Aba, negotiationButtons: string): string {
  const tab = (key: Aba, text: string) =>
    `<li class="${aba === key ? 'ativa' : ''}" id="${prefix}tabAtendimento_tp${key[0]!.toUpperCase()}${key.slice(1)}_tab" data-aba-atendimento="${key}"><a href="#">${text}</a></li>`;
  const pane = (key: Aba, html: string) =>
    `<div id="${prefix}tabAtendimento_tp${key[0]!.toUpperCase()}${key.slice(1)}" data-painel-atendimento="${key}"${aba === key ? '' : ' style="display:none"'} class="painel-aba">${html}</div>`;
  return `<ul class="abas">${tab('cliente', 'Dados do cliente')}${tab('veiculo', 'Veículo de interesse')}${tab('negociacao', 'Negociação')}</ul>
${pane('cliente', clienteBlock(at))}
${pane('veiculo', veiculoBlock(at))}
${pane('negociacao', `${negotiationGrid(at)}<div class="barra-botoes">${negotiationButtons}</div>`)}
${TABS_SCRIPT}`;
}

function header(at: DmsAtendimento): string {
  const s = seller(at.sellerCode);
  return `<div class="cabecalho-atendimento"><b>Atendimento ${at.id}</b> &mdash; ${esc(at.customer.name.toUpperCase())} &mdash; Loja ${at.storeCode} ${esc(storeName(at.storeCode))} &mdash; Vendedor ${esc(at.sellerCode)} ${esc(s.name.toUpperCase())} &mdash; Tipo venda: ${at.tipoVenda}</div>`;
}

// ---- Fluxo Atendimento Avançado ---------------------------------------------------------------

export function renderFaaList(list: DmsAtendimento[]): string {
  return htmlPage({
    title: 'LinxDMS - Atendimentos',
    charset: A.charset,
    body: `<div class="topo"><span class="usuario">Usuário: VENDAS01</span><span class="sistema">LinxDMS - Atendimentos Veículos</span></div>
<div class="titulo-pagina">Consulta de atendimentos</div>
<div class="conteudo"><table class="grid" id="ctl00_ContentPlaceHolder1_gvAtendimentos">${LIST_HEAD}<tbody>${listRows(list, (at) => `${A.entryPath}?atendimento=${at.id}`)}</tbody></table></div>`,
  });
}

export function renderFaaAtendimento(at: DmsAtendimento, aba: Aba): string {
  const p = 'ctl00_ContentPlaceHolder1_';
  const fin = `${A.financingPath}?atendimento=${at.id}`;
  const buttons = `<input type="button" class="botao" id="${p}btnIncluirNegociacao" name="ctl00$ContentPlaceHolder1$btnIncluirNegociacao" value="Incluir negociação" onclick="window.location.href='${fin}&amp;negociacao=nova'" ${at.negotiation ? 'disabled="disabled"' : ''}/>
<input type="button" class="botao" id="${p}btnEditarNegociacao" name="ctl00$ContentPlaceHolder1$btnEditarNegociacao" value="Editar negociação" onclick="window.location.href='${fin}&amp;negociacao=1'" ${at.negotiation ? '' : 'disabled="disabled"'}/>`;
  return htmlPage({
    title: `LinxDMS - Atendimento ${at.id}`,
    charset: A.charset,
    body: `<div class="topo"><span class="usuario">Usuário: VENDAS01 | AUTOSUL</span><span class="sistema">LinxDMS - Fluxo Atendimento Avançado</span></div>
<div class="titulo-pagina">Fluxo de atendimento avançado</div>
<div class="conteudo">${header(at)}
${atendimentoTabs(p, at, aba, buttons)}
<p><a href="/LinxDMS/Atendimento/Lista.aspx">Voltar para a lista</a></p></div>`,
  });
}

// ---- Gestão Showroom ----------------------------------------------------------------------------

const SHOWROOM_SCRIPT = `<script type="text/javascript">
window.LinxDMSShowroom = {
  abrirFinanciamento: function (url) {
    var f = document.getElementById('ctl01_cphConteudo_ifrFinanciamento');
    f.src = url;
    document.getElementById('ctl01_cphConteudo_mpeFinanciamento_backgroundElement').style.display = 'block';
    document.getElementById('ctl01_cphConteudo_pnlFinanciamento').style.display = 'block';
  },
  fecharFinanciamento: function () {
    document.getElementById('ctl01_cphConteudo_pnlFinanciamento').style.display = 'none';
    document.getElementById('ctl01_cphConteudo_mpeFinanciamento_backgroundElement').style.display = 'none';
    document.getElementById('ctl01_cphConteudo_ifrFinanciamento').src = 'about:blank';
  }
};
</script>`;

export function renderShowroom(list: DmsAtendimento[], at: DmsAtendimento | null, aba: Aba): string {
  const p = 'ctl01_cphConteudo_';
  const board = `<div class="quadro" style="width:34%"><fieldset><legend>Clientes no showroom</legend><table class="grid" id="${p}gvShowroom">${LIST_HEAD}<tbody>${listRows(list, (x) => `${S.entryPath}?atendimento=${x.id}`)}</tbody></table></fieldset></div>`;
  let detail = '<div class="quadro" style="width:64%"><p>Selecione um atendimento.</p></div>';
  if (at) {
    const fin = `${S.financingPath}?atendimento=${at.id}`;
    const buttons = `<a class="botao" id="${p}lnkIncluirNegociacao" href="javascript:LinxDMSShowroom.abrirFinanciamento('${fin}&amp;negociacao=nova')"${at.negotiation ? ' style="display:none"' : ''}>Incluir negociação</a>
<a class="botao" id="${p}lnkEditarNegociacao" href="javascript:LinxDMSShowroom.abrirFinanciamento('${fin}&amp;negociacao=1')"${at.negotiation ? '' : ' style="display:none"'}>Editar negociação</a>`;
    detail = `<div class="quadro" style="width:64%">${header(at)}${atendimentoTabs(p, at, aba, buttons)}</div>`;
  }
  const modal = `<div id="${p}mpeFinanciamento_backgroundElement" class="modal-fundo"></div>
<div id="${p}pnlFinanciamento" class="modal"><div class="modal-titulo">Financiamento <a href="javascript:LinxDMSShowroom.fecharFinanciamento()" style="float:right;color:#fff">[x]</a></div>
<iframe id="${p}ifrFinanciamento" name="ifrFinanciamento" src="about:blank" frameborder="0"></iframe></div>`;
  return htmlPage({
    title: 'LinxDMS - Gestão Showroom',
    charset: S.charset,
    head: SHOWROOM_SCRIPT,
    body: `<div class="topo"><span class="usuario">Consultor: VENDAS01</span><span class="sistema">LinxDMS - Gestão Showroom</span></div>
<form name="aspnetForm" method="post" action="${S.entryPath}" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI4NzY1" />
<div class="conteudo">${board}${detail}</div></form>${modal}`,
  });
}

// ---- LinxDMSVeiculos (frameset) -----------------------------------------------------------------

export function renderVeiculosFrameset(atendimento: string | null): string {
  const main = atendimento
    ? `/LinxDMS/Veiculos/Atendimento.aspx?atendimento=${encodeURIComponent(atendimento)}`
    : '/LinxDMS/Veiculos/ConsultaAtendimentos.aspx';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html lang="pt-BR">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>LinxDMS Veículos</title></head>
<frameset rows="46,*" frameborder="0" border="0" framespacing="0">
  <frame name="topo" id="frmTopo" src="/LinxDMS/Veiculos/Topo.aspx" scrolling="no" noresize="noresize" />
  <frameset cols="190,*" frameborder="1" border="1">
    <frame name="menu" id="frmMenu" src="/LinxDMS/Veiculos/Menu.aspx" />
    <frame name="principal" id="frmPrincipal" src="${esc(main)}" />
  </frameset>
  <noframes><body>Seu navegador não suporta frames.</body></noframes>
</frameset>
</html>
`;
}

export function renderVeiculosTopo(): string {
  return htmlPage({
    title: 'LinxDMS Veículos',
    charset: 'utf-8',
    body: '<div class="topo"><span class="usuario">VENDAS01 | AUTOSUL</span><span class="sistema">LinxDMS Veículos</span></div>',
  });
}

export function renderVeiculosMenu(): string {
  return htmlPage({
    title: 'Menu',
    charset: 'utf-8',
    bodyClass: 'menu-lateral',
    body: `<div class="menu-lateral" id="menuVeiculos">
<a href="/LinxDMS/Veiculos/ConsultaAtendimentos.aspx" target="principal" id="mnuAtendimentos">Atendimento Veículos</a>
<a href="/LinxDMS/Veiculos/ConsultaPropostas.aspx" target="principal" id="mnuPropostas">Consulta Propostas</a>
<a href="#" id="mnuEstoque">Estoque</a>
<a href="#" id="mnuCadastros">Cadastros &gt; Financeiro</a>
<a href="#" id="mnuCredere">Configurações CREDERE</a>
</div>`,
  });
}

export function renderVeiculosLista(list: DmsAtendimento[]): string {
  return htmlPage({
    title: 'Atendimento Veículos',
    charset: V.charset,
    body: `<div class="titulo-pagina">Atendimento Veículos - Consulta</div><div class="conteudo"><table class="grid" id="ctl00_MainContent_gvAtendimentos">${LIST_HEAD}<tbody>${listRows(list, (at) => `/LinxDMS/Veiculos/Atendimento.aspx?atendimento=${at.id}`)}</tbody></table></div>`,
  });
}

export function renderVeiculosPropostas(list: DmsAtendimento[]): string {
  const rows = list
    .filter((at) => at.negotiation)
    .map(
      (at) =>
        `<tr><td>${at.id}</td><td>${esc(at.customer.name.toUpperCase())}</td><td>${esc(at.negotiation?.financeiraCode ?? '')}</td><td>${formatMoney(at.vehicle.valueCents - (at.negotiation?.downPaymentCents ?? 0))}</td></tr>`,
    )
    .join('');
  return htmlPage({
    title: 'Consulta Propostas',
    charset: V.charset,
    body: `<div class="titulo-pagina">Consulta Propostas</div><div class="conteudo"><ul class="abas"><li class="ativa">Negociações</li><li>Veículo</li></ul><div class="painel-aba"><table class="grid"><thead><tr><th>Atendimento</th><th>Cliente</th><th>Financeira</th><th>Valor financiado</th></tr></thead><tbody>${rows}</tbody></table></div></div>`,
  });
}

export function renderVeiculosAtendimento(at: DmsAtendimento, aba: Aba): string {
  const p = 'ctl00_MainContent_';
  const fin = `${V.financingPath}?atendimento=${at.id}`;
  const buttons = `<button type="button" class="botao" id="${p}btnIncluir" name="ctl00$MainContent$btnIncluir" onclick="window.location.href='${fin}&amp;negociacao=nova'"${at.negotiation ? ' disabled="disabled"' : ''}>Incluir negociação</button>
<button type="button" class="botao" id="${p}btnEditar" name="ctl00$MainContent$btnEditar" onclick="window.location.href='${fin}&amp;negociacao=1'"${at.negotiation ? '' : ' disabled="disabled"'}>Editar negociação</button>`;
  return htmlPage({
    title: `Atendimento ${at.id}`,
    charset: V.charset,
    body: `<div class="titulo-pagina">Atendimento Veículos</div><div class="conteudo">${header(at)}${atendimentoTabs(p, at, aba, buttons)}</div>`,
  });
}

// ---- session expired -----------------------------------------------------------------------------

export function renderLogin(returnUrl: string, expired: boolean): string {
  return htmlPage({
    title: 'LinxDMS - Login',
    charset: 'utf-8',
    bodyClass: 'login-page',
    body: `<div class="topo"><span class="sistema">LinxDMS</span></div>
<form method="post" action="/LinxDMS/Login.aspx?ReturnUrl=${encodeURIComponent(returnUrl)}" id="frmLogin" target="_top">
<div class="login" id="pnlLogin">
${expired ? '<div class="erro" id="lblSessaoExpirada">Sua sessão expirou. Faça login novamente.</div>' : ''}
<table class="form">
<tr><td class="lbl"><label for="txtUsuario">Usuário:</label></td><td><input type="text" id="txtUsuario" name="txtUsuario" /></td></tr>
<tr><td class="lbl"><label for="txtSenha">Senha:</label></td><td><input type="password" id="txtSenha" name="txtSenha" /></td></tr>
</table>
<div class="barra-botoes"><input type="submit" class="botao" id="btnEntrar" value="Entrar" /></div>
</div></form>`,
  });
}

export function renderHome(): string {
  const links = Object.values(FLOWS)
    .map((f: FlowDef) => `<li><a href="${f.entryPath}">${esc(f.name)}</a></li>`)
    .join('');
  return htmlPage({
    title: 'LinxDMS (demonstração)',
    charset: 'utf-8',
    body: `<div class="topo"><span class="sistema">LinxDMS (demonstração local)</span></div><div class="conteudo"><ul>${links}<li><a href="/LinxDMS/Atendimento/Lista.aspx">Lista de atendimentos</a></li></ul></div>`,
  });
}
