import { defineStrings } from './define';

export const popupStrings = defineStrings('popup', {
  connected: { pt: 'Conectado à CREDERE até $1.', en: 'Connected to CREDERE until $1.' },
  connectedRefreshing: {
    pt: 'Conectado à CREDERE (a autorização é renovada automaticamente).',
    en: 'Connected to CREDERE (the authorization renews itself).',
  },
  needsReauthorization: {
    pt: 'A autorização com a CREDERE expirou. Peça ao administrador para clicar em "Autorizar" nas opções.',
    en: 'The CREDERE authorization expired. Ask the administrator to click "Autorizar" in the options.',
  },
  notConfigured: {
    pt: 'A Ponte CREDERE ainda não foi configurada nesta loja.',
    en: 'Ponte CREDERE is not configured for this store yet.',
  },
  openOptions: { pt: 'Abrir configurações', en: 'Open settings' },
});
