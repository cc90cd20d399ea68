import { defineStrings } from '../i18n/define';

export const policyStrings = defineStrings('policy', {
  sectionTitle: { pt: 'Política da empresa', en: 'Company policy' },
  intro: {
    pt: 'Configurações enviadas pela TI por política do navegador (storage.managed). Valores travados aparecem como "definido pela política" nas outras seções e não podem ser alterados aqui.',
    en: 'Settings pushed by IT through browser policy (storage.managed). Locked values show as "set by policy" in the other sections and cannot be changed here.',
  },
  lockedBadge: { pt: 'definido pela política', en: 'set by policy' },
  lockedHint: {
    pt: 'Definido pela política da empresa. Para mudar, fale com a TI.',
    en: 'Set by company policy. Ask IT to change it.',
  },
  statusPending: {
    pt: 'A política ainda está sendo lida pelo navegador (leva alguns segundos)…',
    en: 'The browser is still reading the policy (takes a few seconds)…',
  },
  statusNone: {
    pt: 'Nenhuma política da empresa está aplicada a esta extensão.',
    en: 'No company policy applies to this extension.',
  },
  statusRead: { pt: 'Política lida em $1.', en: 'Policy read at $1.' },
  statusUnavailable: {
    pt: 'Este navegador não oferece configuração gerenciada para a extensão (nenhuma política encontrada).',
    en: 'This browser offers no managed configuration for the extension (no policy found).',
  },
  refresh: { pt: 'Ler a política de novo', en: 'Read the policy again' },
  valuesTitle: { pt: 'Valores definidos pela política', en: 'Values set by policy' },
  colSetting: { pt: 'Configuração', en: 'Setting' },
  colValue: { pt: 'Valor', en: 'Value' },
  colLocked: { pt: 'Travado', en: 'Locked' },
  yes: { pt: 'Sim', en: 'Yes' },
  noInitial: { pt: 'Não (valor inicial)', en: 'No (initial value)' },
  lockedTitle: { pt: 'Configurações travadas', en: 'Locked settings' },
  lockedNone: { pt: 'Nenhuma configuração está travada.', en: 'No setting is locked.' },
  lockModePresent: {
    pt: 'Tudo o que a política define fica travado (a política não tem "lockedSettings").',
    en: 'Everything the policy sets is locked (the policy has no "lockedSettings").',
  },
  lockModeList: {
    pt: 'Só as configurações listadas em "lockedSettings" ficam travadas; os demais valores da política são valores iniciais.',
    en: 'Only the settings listed in "lockedSettings" are locked; the other policy values are initial values.',
  },
  supportTitle: { pt: 'Suporte', en: 'Support' },
  supportNone: {
    pt: 'A política não informa um contato de suporte.',
    en: 'The policy names no support contact.',
  },
  problemsTitle: { pt: 'Problemas na política', en: 'Problems in the policy' },
  problemsNone: { pt: 'Nenhum problema encontrado na política.', en: 'No problem found in the policy.' },
  problemsIntro: {
    pt: 'Estes itens da política foram ignorados; o restante da política está em vigor.',
    en: 'These policy items were ignored; the rest of the policy is in force.',
  },
  problemLine: { pt: 'Campo "$1": $2', en: 'Field "$1": $2' },
  received: { pt: '(recebido: $1)', en: '(received: $1)' },
  secretMasked: { pt: '•••••• (definido)', en: '•••••• (set)' },
  items: { pt: '$1 itens', en: '$1 items' },
  mappingsSummary: {
    pt: '$1 lojas, $2 bancos, $3 profissões',
    en: '$1 stores, $2 banks, $3 professions',
  },
  // What each field expects, named in the problem list.
  expect_policyObject: {
    pt: 'a configuração gerenciada deve ser um objeto JSON.',
    en: 'the managed configuration must be a JSON object.',
  },
  expect_unknownProperty: {
    pt: 'propriedade desconhecida, ignorada (confira a grafia em managed_schema.json).',
    en: 'unknown property, ignored (check the spelling against managed_schema.json).',
  },
  expect_environment: {
    pt: 'deve ser "production", "staging" ou "custom".',
    en: 'must be "production", "staging" or "custom".',
  },
  expect_apiRoot: {
    pt: 'deve ser um endereço https completo da API CREDERE, por exemplo https://app.meucredere.com.br/api/v1.',
    en: 'must be a full https address of the CREDERE API, e.g. https://app.meucredere.com.br/api/v1.',
  },
  expect_clientId: { pt: 'o client id não pode ficar vazio.', en: 'the client id cannot be empty.' },
  expect_authMode: { pt: 'deve ser "secret" ou "exchange".', en: 'must be "secret" or "exchange".' },
  expect_exchangeUrl: {
    pt: 'deve ser um endereço https completo do serviço de troca de token.',
    en: 'must be a full https address of the token-exchange service.',
  },
  expect_clientSecret: { pt: 'o segredo não pode ficar vazio.', en: 'the secret cannot be empty.' },
  expect_scope: { pt: 'o escopo não pode ficar vazio.', en: 'the scope cannot be empty.' },
  expect_boolean: { pt: 'deve ser true ou false.', en: 'must be true or false.' },
  expect_originList: {
    pt: 'deve ser uma lista de endereços do LinxDMS, como ["https://dms.exemplo.com.br/*"].',
    en: 'must be a list of LinxDMS addresses, like ["https://dms.example.com/*"].',
  },
  expect_originPattern: {
    pt: 'não é um padrão de endereço válido; use, por exemplo, https://dms.exemplo.com.br/* (endereço ignorado).',
    en: 'is not a valid address pattern; use e.g. https://dms.example.com/* (address ignored).',
  },
  expect_retention: {
    pt: 'deve ser um número inteiro de dias entre 1 e 3650.',
    en: 'must be a whole number of days between 1 and 3650.',
  },
  expect_supportContact: {
    pt: 'o contato de suporte deve ser um texto de até 300 caracteres.',
    en: 'the support contact must be a text of up to 300 characters.',
  },
  expect_profileList: {
    pt: 'deve ser uma lista de perfis de tela.',
    en: 'must be a list of screen profiles.',
  },
  expect_profile: {
    pt: 'perfil de tela incompleto (precisa de id, label, match.urls, match.marker, anchor.locators e fields); perfil ignorado.',
    en: 'incomplete screen profile (needs id, label, match.urls, match.marker, anchor.locators and fields); profile ignored.',
  },
  expect_profileDuplicate: {
    pt: 'id de perfil repetido; só o primeiro vale.',
    en: 'repeated profile id; only the first one counts.',
  },
  expect_mappingsDocument: {
    pt: 'deve ser o documento exportado em DE>PARA ("format": "ponte-credere-mappings", "version": 1, com listas lojas, bancos e profissoes).',
    en: 'must be the document exported from DE>PARA ("format": "ponte-credere-mappings", "version": 1, with lojas, bancos and profissoes lists).',
  },
  expect_mappingRow: {
    pt: 'linha sem código do DMS (dmsCode); linha ignorada.',
    en: 'row without a DMS code (dmsCode); row ignored.',
  },
  expect_lockList: {
    pt: 'deve ser uma lista de nomes de configurações; travando tudo o que a política define.',
    en: 'must be a list of setting names; locking everything the policy sets.',
  },
  expect_lockKey: {
    pt: 'nome de configuração desconhecido; ignorado.',
    en: 'unknown setting name; ignored.',
  },
  expect_authAmbiguous: {
    pt: 'a política traz segredo e endereço de troca de token sem dizer qual usar; usando a troca de token ("exchange"). Defina authMode.',
    en: 'the policy has both a secret and a token-exchange address without saying which to use; using token exchange ("exchange"). Set authMode.',
  },
  // Setting names shown in the values table.
  key_credere_environment: { pt: 'Ambiente CREDERE', en: 'CREDERE environment' },
  key_credere_customApiRoot: { pt: 'Raiz da API CREDERE', en: 'CREDERE API root' },
  key_credere_clientId: { pt: 'Client id', en: 'Client id' },
  key_credere_authMode: { pt: 'Modo de autenticação', en: 'Authentication mode' },
  key_credere_tokenExchangeUrl: { pt: 'Endereço de troca de token', en: 'Token-exchange address' },
  key_credere_clientSecret: { pt: 'Segredo do cliente', en: 'Client secret' },
  key_credere_scope: { pt: 'Escopo OAuth', en: 'OAuth scope' },
  key_credere_usePkce: { pt: 'Usar PKCE', en: 'Use PKCE' },
  key_dmsOrigins: { pt: 'Endereços do LinxDMS', en: 'LinxDMS addresses' },
  key_journalRetentionDays: { pt: 'Dias de histórico', en: 'History days' },
  key_supportContact: { pt: 'Contato de suporte', en: 'Support contact' },
  key_screenProfiles: { pt: 'Perfis de tela', en: 'Screen profiles' },
  key_mappings: { pt: 'Mapeamentos DE>PARA', en: 'DE>PARA mappings' },
});
