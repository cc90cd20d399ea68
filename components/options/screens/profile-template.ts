import type { ScreenProfile } from '@/lib/screens/types';

/** Starting point for a new admin profile: the smallest valid profile, to be adapted. */
export const PROFILE_TEMPLATE: ScreenProfile = {
  id: 'minha-tela',
  label: 'Minha tela de financiamento',
  match: {
    urls: ['*/LinxDMS/*/Financiamento.aspx*'],
    marker: ['div[id$="_tpCalcularFator"]'],
  },
  anchor: { locators: ['[id$="_btnCalcular"]'], position: 'after' },
  fields: {
    atendimentoId: {
      locators: [{ css: '[id$="txtNumAtendimento"]' }, { label: 'Nº Atendimento' }],
      kind: 'text',
    },
    customerCpf: { locators: [{ label: 'CPF/CNPJ' }], kind: 'cpfCnpj' },
    entrada: { locators: [{ css: '[id$="txtValorEntrada"]' }], kind: 'money', writable: true },
  },
};
