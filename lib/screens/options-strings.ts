import { defineStrings } from '../i18n/define';
import { screensStrings } from './strings';

/** Strings of the options section "Telas do LinxDMS" (kept apart: the content script does not ship them). */
export const screensOptionsStrings = /* @__PURE__ */ defineStrings('screensOptions', {
  section: { pt: 'Telas do LinxDMS', en: 'LinxDMS screens' },
  originsTitle: { pt: 'Endereços do LinxDMS', en: 'LinxDMS addresses' },
  originsHint: {
    pt: 'A extensão só roda nestes endereços. Ex.: https://linxdms.minhaloja.com.br',
    en: 'The extension only runs on these addresses. E.g. https://linxdms.mydealer.com',
  },
  originLabel: { pt: 'Novo endereço do LinxDMS', en: 'New LinxDMS address' },
  originAdd: { pt: 'Adicionar endereço', en: 'Add address' },
  originRemove: { pt: 'Remover $1', en: 'Remove $1' },
  originInvalid: {
    pt: 'Endereço do LinxDMS inválido: use http(s)://servidor[:porta] (ex.: https://linxdms.loja.com.br).',
    en: 'Invalid LinxDMS address: use http(s)://host[:port].',
  },
  originDenied: {
    pt: 'Permissão negada para $1: a extensão não rodará nesse endereço.',
    en: 'Permission denied for $1: the extension will not run there.',
  },
  originSaved: { pt: 'Endereços salvos.', en: 'Addresses saved.' },
  originsNotGranted: {
    pt: 'A extensão ainda não tem permissão para $1 endereço(s) configurado(s): o botão não aparece neles.',
    en: 'The extension has no permission yet for $1 configured address(es): the button does not show there.',
  },
  originsGrant: { pt: 'Conceder acesso', en: 'Grant access' },
  noOrigins: { pt: 'Nenhum endereço configurado.', en: 'No address configured.' },
  profilesTitle: { pt: 'Perfis de tela', en: 'Screen profiles' },
  profilesHint: {
    pt: 'Cada perfil diz como reconhecer a tela "Calcular fator", onde pôr o botão e onde está cada campo. Perfis próprios com o mesmo id substituem os da extensão.',
    en: 'Each profile says how to recognise the "Calcular fator" screen, where the button goes and where each field is. Custom profiles with the same id replace shipped ones.',
  },
  sourceShipped: { pt: 'da extensão', en: 'shipped' },
  sourceCustom: { pt: 'próprio', en: 'custom' },
  sourcePolicy: { pt: 'política', en: 'policy' },
  edit: { pt: 'Ver/editar $1', en: 'View/edit $1' },
  remove: { pt: 'Excluir $1', en: 'Delete $1' },
  newProfile: { pt: 'Novo perfil', en: 'New profile' },
  editorLabel: { pt: 'Perfil (JSON)', en: 'Profile (JSON)' },
  saveProfile: { pt: 'Salvar perfil', en: 'Save profile' },
  profileSaved: {
    pt: 'Perfil $1 salvo. Recarregue a tela do LinxDMS para usá-lo.',
    en: 'Profile $1 saved. Reload the LinxDMS page to use it.',
  },
  profileDeleted: { pt: 'Perfil $1 excluído.', en: 'Profile $1 deleted.' },
  jsonInvalid: {
    pt: 'Perfil (JSON): texto não é um JSON válido ($1).',
    en: 'Profile (JSON): not valid JSON ($1).',
  },
  exportAll: { pt: 'Exportar perfis', en: 'Export profiles' },
  importLabel: { pt: 'Importar perfis (arquivo .json)', en: 'Import profiles (.json file)' },
  imported: { pt: '$1 perfil(is) importado(s).', en: '$1 profile(s) imported.' },
  diagTitle: { pt: 'Diagnóstico na aba do LinxDMS', en: 'Diagnostics on the LinxDMS tab' },
  diagHint: {
    pt: 'Mostra, na aba escolhida, quais campos o perfil encontra e o que leria. Com um perfil no editor, testa esse rascunho.',
    en: 'Shows, on the chosen tab, which fields the profile finds and what it would read. With a profile in the editor, tests that draft.',
  },
  diagTab: { pt: 'Aba do LinxDMS', en: 'LinxDMS tab' },
  diagNoTabs: { pt: 'Nenhuma aba do LinxDMS aberta.', en: 'No LinxDMS tab open.' },
  diagRun: { pt: 'Testar na aba', en: 'Test on the tab' },
  diagRunDraft: { pt: 'Testar o perfil do editor', en: 'Test the editor profile' },
  diagRefresh: { pt: 'Atualizar abas', en: 'Refresh tabs' },
  diagFrame: {
    pt: 'Quadro $1 — perfil $2 — tela visível: $3 — botão: $4',
    en: 'Frame $1 — profile $2 — screen visible: $3 — button: $4',
  },
  diagField: { pt: 'Campo', en: 'Field' },
  diagFound: { pt: 'Encontrado', en: 'Found' },
  diagRaw: { pt: 'Texto na tela', en: 'Screen text' },
  diagValue: { pt: 'Valor lido', en: 'Value read' },
  yes: { pt: 'sim', en: 'yes' },
  no: { pt: 'não', en: 'no' },
  none: { pt: 'nenhum', en: 'none' },
});

/** Both tables, for the locale catalog. */
export const screensAllStrings = { ...screensStrings, ...screensOptionsStrings };
