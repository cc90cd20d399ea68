import { defineStrings } from './define';

export const optionsShellStrings = defineStrings('optionsShell', {
  navLabel: { pt: 'Seções das configurações', en: 'Settings sections' },
  sectionAbout: { pt: 'Sobre', en: 'About' },
  aboutText: {
    pt: 'A Ponte CREDERE leva simulações e propostas CREDERE para as telas do LinxDMS web.',
    en: 'Ponte CREDERE brings CREDERE simulations and proposals to the LinxDMS web screens.',
  },
  backgroundStatus: { pt: 'Serviço da extensão: $1', en: 'Extension service: $1' },
  backgroundUnavailable: { pt: 'Serviço da extensão indisponível', en: 'Extension service unavailable' },
});
