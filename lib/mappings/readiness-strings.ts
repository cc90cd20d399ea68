import { defineStrings } from '../i18n/define';

export const readinessStrings = defineStrings('readiness', {
  authNotConfigured: {
    pt: 'A conexão com a CREDERE não está configurada: informe o client id e o segredo (ou o endereço de troca de token) em Opções > Autenticação.',
    en: 'The CREDERE connection is not configured: enter the client id and secret (or the token exchange URL) in Options > Authentication.',
  },
  authMissing: {
    pt: 'A autorização com a CREDERE não foi feita ou expirou: clique em "Autorizar" em Opções > Autenticação.',
    en: 'CREDERE authorization is missing or expired: click "Authorize" in Options > Authentication.',
  },
  authUnknown: {
    pt: 'Não foi possível verificar a autorização com a CREDERE. Abra Opções > Autenticação.',
    en: 'Could not check the CREDERE authorization. Open Options > Authentication.',
  },
  lojaUnknownOnScreen: {
    pt: 'A loja não foi identificada na tela do LinxDMS: selecione a loja no atendimento.',
    en: 'The store was not found on the LinxDMS screen: select the store on the atendimento.',
  },
  lojaNotMapped: {
    pt: 'A loja $1 do LinxDMS não está mapeada para uma loja CREDERE. Mapeie-a em Opções > Lojas.',
    en: 'LinxDMS store $1 is not mapped to a CREDERE store. Map it in Options > Stores.',
  },
  bancosNone: {
    pt: 'Nenhum banco está mapeado para a loja CREDERE "$1". Mapeie ao menos uma financeira em Opções > Bancos.',
    en: 'No bank is mapped for CREDERE store "$1". Map at least one financeira in Options > Banks.',
  },
  bancosNoneOfScreen: {
    pt: 'Nenhuma das financeiras da tela ($2) está mapeada para um banco integrado à loja CREDERE "$1". Mapeie-as em Opções > Bancos.',
    en: 'None of the screen\'s financeiras ($2) is mapped to a bank integrated with CREDERE store "$1". Map them in Options > Banks.',
  },
  profissaoNotMapped: {
    pt: 'A profissão $1 do cliente não está mapeada para uma profissão CREDERE. Mapeie-a em Opções > Profissões.',
    en: "The customer's profession $1 is not mapped to a CREDERE profession. Map it in Options > Professions.",
  },
});
