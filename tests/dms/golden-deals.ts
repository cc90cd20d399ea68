/**
 * Golden deals of the demo LinxDMS: for each flow, atendimentos whose Calcular fator screen
 * shows known values. `snapshot` is what a correct reader of the screen must extract
 * (normalised: digits-only documents, ISO dates, integer cents, DMS codes). Literal on purpose:
 * tests/dms/golden-deals.test.ts checks it against the world and against the rendered screens.
 */
import type { FlowId } from './flows';

export interface DealSnapshot {
  atendimento: string;
  storeCode: string;
  seller: { code: string; cpf: string };
  customer: {
    code: string;
    cpf: string;
    /** As the screen shows it (the DMS keeps names in upper case). */
    name: string;
    birthdate: string | null;
    email: string | null;
    phone: string | null;
    monthlyIncomeCents: number | null;
    professionCode: string | null;
  };
  vehicle: {
    description: string;
    fipeCode: string;
    manufactureYear: number;
    modelYear: number;
    zeroKm: boolean;
    chassi: string;
    plate: string | null;
    valueCents: number;
  };
  negotiation: {
    downPaymentCents: number;
    financedAmountCents: number;
    termMonths: number;
    financeiraCode: string;
    planCode: string;
    retorno: string;
  };
}

/** Values the page computes on that screen (coefficient table lookup etc.). */
export interface DealComputed {
  coefficient: number;
  installmentCents: number;
  downPaymentPercent: number;
  taxaMes: number;
}

/** One click on the way to Calcular fator. `frames`: selectors of nested frames from the top document. */
export interface DomStep {
  frames: string[];
  click: string;
  /** What the click causes: the clicked document navigates, or a frame (the last of `frames` + 1) loads. */
  effect?: 'navigation' | 'frame-load';
  note: string;
}

export interface GoldenDeal {
  flow: FlowId;
  flowName: string;
  atendimento: string;
  /** Top-level entry page. */
  entryPath: string;
  /** The document holding the form, opened directly with the Calcular fator tab active (deep link). */
  financingPath: string;
  /** Frame selectors, from the top document, of the document holding the form after the steps. */
  formFrames: string[];
  steps: DomStep[];
  snapshot: DealSnapshot;
  computed: DealComputed;
  /** Fields the DMS has empty for this customer (world outcome needs_more_fields). */
  missingOnDms: string[];
}

const FAA_STEPS: DomStep[] = [
  { frames: [], click: '#ctl00_ContentPlaceHolder1_tabAtendimento_tpNegociacao_tab', note: 'aba Negociação' },
  {
    frames: [],
    click: '#ctl00_ContentPlaceHolder1_btnEditarNegociacao',
    effect: 'navigation',
    note: 'Editar negociação abre Financiamento.aspx na mesma janela',
  },
  {
    frames: [],
    click: '#ctl00_ContentPlaceHolder1_tcFinanciamento_tpCalcularFator_tab',
    note: 'aba Calcular fator',
  },
];

const SHOWROOM_FRAME = '#ctl01_cphConteudo_ifrFinanciamento';
const SHOWROOM_STEPS: DomStep[] = [
  { frames: [], click: '#ctl01_cphConteudo_tabAtendimento_tpNegociacao_tab', note: 'aba Negociação' },
  {
    frames: [],
    click: '#ctl01_cphConteudo_lnkEditarNegociacao',
    effect: 'frame-load',
    note: 'Editar negociação abre o modal com o iframe do Financiamento',
  },
  { frames: [SHOWROOM_FRAME], click: '#ctl01_cphConteudo_lnkAbaCalcularFator', note: 'aba Calcular fator' },
];

const VEICULOS_FRAME = 'frame[name="principal"]';
const VEICULOS_STEPS: DomStep[] = [
  {
    frames: [VEICULOS_FRAME],
    click: '#ctl00_MainContent_tabAtendimento_tpNegociacao_tab',
    note: 'aba Negociação',
  },
  {
    frames: [VEICULOS_FRAME],
    click: '#ctl00_MainContent_btnEditar',
    effect: 'navigation',
    note: 'Editar negociação navega o frame principal para Financiamento.aspx',
  },
  { frames: [VEICULOS_FRAME], click: '#ctl00_MainContent_tabCalcFator', note: 'aba Calcular fator' },
];

const ANA = {
  code: '0004711',
  cpf: '52998224725',
  name: 'ANA PAULA RIBEIRO',
  birthdate: '1986-04-12',
  email: 'ana.ribeiro@example.com',
  phone: '11987654321',
  monthlyIncomeCents: 1250000,
  professionCode: '0101',
};

export const GOLDEN_DEALS: GoldenDeal[] = [
  {
    flow: 'fluxo-avancado',
    flowName: 'Fluxo Atendimento Avançado',
    atendimento: '123456',
    entryPath: '/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123456',
    financingPath:
      '/LinxDMS/Atendimento/Financiamento.aspx?atendimento=123456&negociacao=1&aba=CalcularFator',
    formFrames: [],
    steps: FAA_STEPS,
    snapshot: {
      atendimento: '123456',
      storeCode: '001',
      seller: { code: 'V017', cpf: '24681357928' },
      customer: ANA,
      vehicle: {
        description: 'T-CROSS HIGHLINE 250 TSI AT',
        fipeCode: '005520-4',
        manufactureYear: 2025,
        modelYear: 2026,
        zeroKm: true,
        chassi: '9BWBH6BF4S4012345',
        plate: null,
        valueCents: 15999000,
      },
      negotiation: {
        downPaymentCents: 4000000,
        financedAmountCents: 11999000,
        termMonths: 48,
        financeiraCode: '10',
        planCode: '1001',
        retorno: 'R2',
      },
    },
    computed: { coefficient: 0.02869, installmentCents: 344251, downPaymentPercent: 25, taxaMes: 1.39 },
    missingOnDms: [],
  },
  {
    flow: 'fluxo-avancado',
    flowName: 'Fluxo Atendimento Avançado',
    atendimento: '123457',
    entryPath: '/LinxDMS/Atendimento/FluxoAvancado.aspx?atendimento=123457',
    financingPath:
      '/LinxDMS/Atendimento/Financiamento.aspx?atendimento=123457&negociacao=1&aba=CalcularFator',
    formFrames: [],
    steps: FAA_STEPS,
    snapshot: {
      atendimento: '123457',
      storeCode: '001',
      seller: { code: 'V023', cpf: '36925814755' },
      customer: {
        code: '0004730',
        cpf: '71460238001',
        name: 'ELISA MARTINS PRADO',
        birthdate: '1995-09-14',
        email: null,
        phone: null,
        monthlyIncomeCents: null,
        professionCode: null,
      },
      vehicle: {
        description: 'ARGO DRIVE 1.0',
        fipeCode: '001492-3',
        manufactureYear: 2022,
        modelYear: 2023,
        zeroKm: false,
        chassi: '9BD358A4NNYK01234',
        plate: 'FTR4E21',
        valueCents: 7250000,
      },
      negotiation: {
        downPaymentCents: 1500000,
        financedAmountCents: 5750000,
        termMonths: 36,
        financeiraCode: '15',
        planCode: '1501',
        retorno: 'R0',
      },
    },
    computed: { coefficient: 0.037613, installmentCents: 216275, downPaymentPercent: 20.69, taxaMes: 1.74 },
    missingOnDms: ['email', 'phone', 'monthlyIncomeCents', 'professionCode'],
  },
  {
    flow: 'gestao-showroom',
    flowName: 'Gestão Showroom',
    atendimento: '223344',
    entryPath: '/LinxDMS/Showroom/GestaoShowroom.aspx?atendimento=223344',
    financingPath: '/LinxDMS/Showroom/Financiamento.aspx?atendimento=223344&negociacao=1&aba=CalcularFator',
    formFrames: [SHOWROOM_FRAME],
    steps: SHOWROOM_STEPS,
    snapshot: {
      atendimento: '223344',
      storeCode: '002',
      seller: { code: 'V017', cpf: '24681357928' },
      customer: {
        code: '0005120',
        cpf: '39053344705',
        name: 'CARLA SOUZA MENDES',
        birthdate: '1992-07-25',
        email: 'carla.mendes@example.com',
        phone: '11976543210',
        monthlyIncomeCents: 820000,
        professionCode: '0314',
      },
      vehicle: {
        description: 'COROLLA XEI 2.0 DYNAMIC FORCE',
        fipeCode: '002123-7',
        manufactureYear: 2024,
        modelYear: 2025,
        zeroKm: true,
        chassi: '9BRBDWHE5R0123456',
        plate: null,
        valueCents: 18990000,
      },
      negotiation: {
        downPaymentCents: 6000000,
        financedAmountCents: 12990000,
        termMonths: 36,
        financeiraCode: '11',
        planCode: '1102',
        retorno: 'R1',
      },
    },
    computed: { coefficient: 0.035912, installmentCents: 466497, downPaymentPercent: 31.6, taxaMes: 1.46 },
    missingOnDms: [],
  },
  {
    flow: 'gestao-showroom',
    flowName: 'Gestão Showroom',
    atendimento: '223345',
    entryPath: '/LinxDMS/Showroom/GestaoShowroom.aspx?atendimento=223345',
    financingPath: '/LinxDMS/Showroom/Financiamento.aspx?atendimento=223345&negociacao=1&aba=CalcularFator',
    formFrames: [SHOWROOM_FRAME],
    steps: SHOWROOM_STEPS,
    snapshot: {
      atendimento: '223345',
      storeCode: '002',
      seller: { code: 'V017', cpf: '24681357928' },
      customer: {
        code: '0004752',
        cpf: '11144477735',
        name: 'BRUNO CARVALHO LIMA',
        birthdate: '1979-11-03',
        email: 'bruno.lima@example.com',
        phone: '19991234567',
        monthlyIncomeCents: 480000,
        professionCode: '0207',
      },
      vehicle: {
        description: 'ARGO DRIVE 1.0',
        fipeCode: '001492-3',
        manufactureYear: 2021,
        modelYear: 2022,
        zeroKm: false,
        chassi: '9BD358A4NMYJ09876',
        plate: 'GHI2J34',
        valueCents: 6490000,
      },
      negotiation: {
        downPaymentCents: 1000000,
        financedAmountCents: 5490000,
        termMonths: 24,
        financeiraCode: '16',
        planCode: '1601',
        retorno: 'R0',
      },
    },
    computed: { coefficient: 0.05174, installmentCents: 284053, downPaymentPercent: 15.41, taxaMes: 1.81 },
    missingOnDms: [],
  },
  {
    flow: 'linxdms-veiculos',
    flowName: 'LinxDMSVeiculos',
    atendimento: '334455',
    entryPath: '/LinxDMS/Veiculos/Default.aspx?atendimento=334455',
    financingPath: '/LinxDMS/Veiculos/Financiamento.aspx?atendimento=334455&negociacao=1&aba=CalcularFator',
    formFrames: [VEICULOS_FRAME],
    steps: VEICULOS_STEPS,
    snapshot: {
      atendimento: '334455',
      storeCode: '003',
      seller: { code: 'V023', cpf: '36925814755' },
      customer: {
        code: '0006001',
        cpf: '45317828791',
        name: 'DIEGO FERNANDES ROCHA',
        birthdate: '1988-01-30',
        email: 'diego.rocha@example.com',
        phone: '11965432109',
        monthlyIncomeCents: 950000,
        professionCode: '0101',
      },
      vehicle: {
        description: 'CIVIC EXL 2.0 CVT',
        fipeCode: '014082-1',
        manufactureYear: 2019,
        modelYear: 2020,
        zeroKm: false,
        chassi: '93HFC2640LZ123456',
        plate: 'QWE1A23',
        valueCents: 11800000,
      },
      negotiation: {
        downPaymentCents: 3540000,
        financedAmountCents: 8260000,
        termMonths: 60,
        financeiraCode: '14',
        planCode: '1401',
        retorno: 'R3',
      },
    },
    computed: { coefficient: 0.026516, installmentCents: 219022, downPaymentPercent: 30, taxaMes: 1.67 },
    missingOnDms: [],
  },
  {
    flow: 'linxdms-veiculos',
    flowName: 'LinxDMSVeiculos',
    atendimento: '334456',
    entryPath: '/LinxDMS/Veiculos/Default.aspx?atendimento=334456',
    financingPath: '/LinxDMS/Veiculos/Financiamento.aspx?atendimento=334456&negociacao=1&aba=CalcularFator',
    formFrames: [VEICULOS_FRAME],
    steps: VEICULOS_STEPS,
    snapshot: {
      atendimento: '334456',
      storeCode: '001',
      seller: { code: 'V023', cpf: '36925814755' },
      customer: ANA,
      vehicle: {
        description: 'COROLLA XEI 2.0 DYNAMIC FORCE',
        fipeCode: '002123-7',
        manufactureYear: 2025,
        modelYear: 2026,
        zeroKm: true,
        chassi: '9BRBDWHE5S0654321',
        plate: null,
        valueCents: 19450000,
      },
      negotiation: {
        downPaymentCents: 9725000,
        financedAmountCents: 9725000,
        termMonths: 24,
        financeiraCode: '13',
        planCode: '1301',
        retorno: 'R0',
      },
    },
    computed: { coefficient: 0.050506, installmentCents: 491171, downPaymentPercent: 50, taxaMes: 1.6 },
    missingOnDms: [],
  },
];

export function goldenDeal(flow: FlowId, index = 0): GoldenDeal {
  const deal = GOLDEN_DEALS.filter((d) => d.flow === flow)[index];
  if (!deal) throw new Error(`sem negociação-modelo ${index} para o fluxo ${flow}`);
  return deal;
}
