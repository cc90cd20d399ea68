/** Small HTML helpers and the shared look of the demo LinxDMS (a dated but tidy ERP theme). */

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JSON safe inside a <script> element of a page of either charset (ASCII only, no "</"). */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/<\//g, '<\\/');

/** Fake but stable base64 state, like ASP.NET's __VIEWSTATE; the server reads it back on postbacks. */
export const encodeViewState = (state: unknown): string =>
  `/wEPDwUK${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')}`;

export function decodeViewState<T>(text: string | null | undefined): T | null {
  if (!text?.startsWith('/wEPDwUK')) return null;
  try {
    return JSON.parse(Buffer.from(text.slice(8), 'base64').toString('utf8')) as T;
  } catch {
    return null;
  }
}

/** Encodes a page for its declared charset; ISO-8859-1 pages get numeric entities for the rest. */
export function encodePage(html: string, charset: 'iso-8859-1' | 'utf-8'): Buffer {
  if (charset === 'utf-8') return Buffer.from(html, 'utf8');
  return Buffer.from(
    html.replace(/[\u0100-\uffff]/g, (ch) => `&#${ch.charCodeAt(0)};`),
    'latin1',
  );
}

export const XHTML_DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

export function htmlPage(opts: {
  title: string;
  charset: 'iso-8859-1' | 'utf-8';
  body: string;
  head?: string;
  bodyClass?: string;
}): string {
  return `${XHTML_DOCTYPE}
<html xmlns="http://www.w3.org/1999/xhtml" lang="pt-BR">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${opts.charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<title>${esc(opts.title)}</title>
<link href="/LinxDMS/App_Themes/Linx/Linx.css" type="text/css" rel="stylesheet" />
${opts.head ?? ''}
</head>
<body class="${esc(opts.bodyClass ?? '')}">
${opts.body}
</body>
</html>
`;
}

export const THEME_CSS = `
body { margin: 0; font: 11px Tahoma, Verdana, Arial, sans-serif; color: #1d2a3a; background: #e8ecf1; }
a { color: #1d4f91; }
.topo { background: linear-gradient(#3d6aa8, #24497d); color: #fff; padding: 6px 10px; border-bottom: 2px solid #f29400; }
.topo .sistema { font: bold 15px Verdana, sans-serif; }
.topo .usuario { float: right; font-size: 11px; }
.titulo-pagina { font: bold 13px Verdana, sans-serif; color: #24497d; margin: 8px 10px 6px; border-bottom: 1px solid #9fb3cc; padding-bottom: 3px; }
.conteudo { padding: 0 10px 10px; }
fieldset { border: 1px solid #9fb3cc; margin: 6px 0; padding: 4px 8px 8px; background: #f7f9fb; }
legend { font-weight: bold; color: #24497d; padding: 0 4px; }
table.form td { padding: 2px 4px; vertical-align: middle; }
table.form td.lbl, .rotulo, label.lbl { color: #33475f; white-space: nowrap; text-align: right; }
.rotulo { display: inline-block; width: 120px; }
input[type=text], select, textarea { font: 11px Tahoma, Verdana, sans-serif; border: 1px solid #7f9db9; padding: 1px 2px; }
input[readonly], input[disabled], select[disabled], textarea[readonly] { background: #eef1f4; color: #4b5b6b; }
input.valor { text-align: right; }
span.campo-label { display: inline-block; min-width: 110px; padding: 2px 4px; border: 1px dotted #b6c4d4; background: #fff; }
.barra-botoes { margin: 8px 0 4px; padding: 5px 6px; background: #dfe6ee; border: 1px solid #b6c4d4; text-align: right; }
.botao, input.botao, button.botao { font: bold 11px Tahoma, sans-serif; color: #1d2a3a; background: linear-gradient(#fdfdfd, #d6dde6);
  border: 1px solid #7f93ab; padding: 3px 12px; margin-left: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
.botao:hover { background: linear-gradient(#fff6e5, #ffd68a); }
.ajax__tab_header { border-bottom: 1px solid #7f93ab; padding-left: 4px; }
.ajax__tab_header > span, ul.abas li, td.aba { display: inline-block; padding: 4px 12px; margin-right: 2px; border: 1px solid #7f93ab; border-bottom: none;
  background: #d6dde6; cursor: pointer; border-radius: 3px 3px 0 0; }
.ajax__tab_header > span.ajax__tab_active, ul.abas li.ativa, td.aba.ativa { background: #fff; font-weight: bold; }
.ajax__tab_body, .painel-aba { background: #fff; border: 1px solid #7f93ab; border-top: none; padding: 6px 8px; }
ul.abas { list-style: none; margin: 0; padding: 0 0 0 4px; border-bottom: 1px solid #7f93ab; }
ul.abas li a { text-decoration: none; color: inherit; }
table.grid { border-collapse: collapse; width: 100%; background: #fff; }
table.grid th { background: #c9d6e6; border: 1px solid #9fb3cc; padding: 3px 5px; text-align: left; }
table.grid td { border: 1px solid #d3dce7; padding: 2px 5px; }
table.grid tr:nth-child(even) td { background: #f2f6fa; }
.mensagem { margin: 6px 0; padding: 5px 8px; border: 1px solid #8fbf7a; background: #eef8e8; color: #2f6b1d; }
.erro { margin: 6px 0; padding: 5px 8px; border: 1px solid #d9918a; background: #fcefee; color: #9c2a1e; }
.aguarde { position: fixed; top: 40%; left: 40%; padding: 10px 20px; background: #fffbe6; border: 1px solid #d9b94a; font-weight: bold; display: none; z-index: 50; }
.modal-fundo { position: fixed; inset: 0; background: rgba(20, 30, 45, .45); display: none; z-index: 20; }
.modal { position: fixed; top: 20px; left: 3%; width: 94%; height: 92%; background: #e8ecf1; border: 2px solid #24497d; display: none; z-index: 21; }
.modal .modal-titulo { background: #24497d; color: #fff; padding: 4px 8px; font-weight: bold; }
.modal iframe { width: 100%; height: calc(100% - 26px); border: 0; }
.menu-lateral { background: #24497d; color: #fff; height: 100%; }
.menu-lateral a { display: block; color: #fff; padding: 4px 10px; text-decoration: none; border-bottom: 1px solid #3d6aa8; }
.quadro { display: inline-block; vertical-align: top; }
.bloco { display: inline-block; vertical-align: top; width: 48%; margin: 0 1% 6px 0; border: 1px solid #c3cfdc; background: #f7f9fb; padding: 0 6px 6px; box-sizing: border-box; }
.bloco-titulo { margin: 0 -6px 4px; padding: 3px 6px; background: #dfe6ee; color: #24497d; font-size: 11px; }
.linha { margin: 2px 0; }
td.secao { background: #dfe6ee; color: #24497d; padding: 3px 6px; }
tr.alterada td { background: #fff6d6; }
.login { width: 320px; margin: 80px auto; background: #fff; border: 1px solid #7f93ab; padding: 16px; }
`;
