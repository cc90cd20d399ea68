import { defineStrings } from '../i18n/define';

/** Strings of the injected button (content script). */
export const screensStrings = /* @__PURE__ */ defineStrings('screens', {
  button: { pt: 'Simulação CREDERE', en: 'CREDERE simulation' },
  buttonTitle: {
    pt: 'Simular este financiamento com a CREDERE',
    en: 'Simulate this financing with CREDERE',
  },
  undo: { pt: 'Desfazer', en: 'Undo' },
  undoTitle: {
    pt: 'Desfazer o preenchimento da proposta CREDERE',
    en: 'Undo the CREDERE proposal fill',
  },
  reading: { pt: 'Lendo a tela…', en: 'Reading the screen…' },
  opened: { pt: 'Simulação aberta em outra janela.', en: 'Simulation opened in another window.' },
  notShowing: {
    pt: 'A aba "Calcular fator" não está visível. Abra a aba e tente de novo.',
    en: 'The "Calcular fator" tab is not showing. Open it and try again.',
  },
  filled: { pt: 'Proposta preenchida: $1 campo(s).', en: 'Proposal filled: $1 field(s).' },
  filledWithProblems: {
    pt: 'Proposta preenchida com avisos: $1 campo(s) com problema.',
    en: 'Proposal filled with warnings: $1 field(s) with problems.',
  },
  undone: { pt: 'Valores anteriores restaurados.', en: 'Previous values restored.' },
  pendingProposal: {
    pt: 'Há uma proposta CREDERE (nº $1) pendente de aplicação neste atendimento: clique em Simulação CREDERE para aplicá-la.',
    en: 'A CREDERE proposal (no. $1) is waiting to be applied to this atendimento: click CREDERE simulation to apply it.',
  },
});
