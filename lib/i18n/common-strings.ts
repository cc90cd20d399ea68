import { defineStrings } from './define';

export const commonStrings = defineStrings('common', {
  extName: { pt: 'Ponte CREDERE', en: 'Ponte CREDERE' },
  extDescription: {
    pt: 'Simulações e propostas de financiamento CREDERE dentro das telas do LinxDMS.',
    en: 'CREDERE financing simulations and proposals inside the LinxDMS screens.',
  },
  loading: { pt: 'Carregando…', en: 'Loading…' },
  retry: { pt: 'Tentar de novo', en: 'Try again' },
  close: { pt: 'Fechar', en: 'Close' },
  save: { pt: 'Salvar', en: 'Save' },
  cancel: { pt: 'Cancelar', en: 'Cancel' },
  optionsTitle: { pt: 'Ponte CREDERE — Configurações', en: 'Ponte CREDERE — Settings' },
  simulationTitle: { pt: 'Simulação CREDERE', en: 'CREDERE simulation' },
  popupTitle: { pt: 'Ponte CREDERE', en: 'Ponte CREDERE' },
  statusReady: { pt: 'Pronta', en: 'Ready' },
  version: { pt: 'Versão $1', en: 'Version $1' },
});
