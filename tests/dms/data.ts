/**
 * The atendimentos the demo LinxDMS holds, built from the shared world (tests/seed/world.ts).
 * The DMS-only facts (customer codes, chassis, plates, prices, negotiations) live here.
 */
import { CUSTOMERS, PROFESSIONS, SELLERS, STORES, VEHICLES } from '../seed/world';

export interface DmsCustomer {
  /** LinxDMS customer code (not in the world: a DMS-only fact). */
  code: string;
  cpf: string;
  name: string;
  birthdate: string | null;
  email: string | null;
  phone: string | null;
  monthlyIncomeCents: number | null;
  professionCode: string | null;
}

export interface DmsVehicle {
  modelCode: string;
  description: string;
  fipeCode: string;
  manufactureYear: number;
  modelYear: number;
  zeroKm: boolean;
  chassi: string;
  plate: string | null;
  valueCents: number;
}

export interface DmsNegotiation {
  financeiraCode: string | null;
  planCode: string | null;
  downPaymentCents: number;
  termMonths: number | null;
  retorno: string;
  coefficientOverride: number | null;
  bankProposalNumber: string;
  situacao: string;
  observacao: string;
}

export interface DmsAnexo {
  tipo: string;
  descricao: string;
  referencia: string;
  data: string;
}

export interface DmsAtendimento {
  id: string;
  storeCode: string;
  sellerCode: string;
  /** Date the atendimento was opened, shown on the list (ISO). */
  openedAt: string;
  tipoVenda: 'Direta' | 'Frotista';
  customer: DmsCustomer;
  vehicle: DmsVehicle;
  negotiation: DmsNegotiation | null;
  anexos: DmsAnexo[];
}

function customer(cpf: string, code: string): DmsCustomer {
  const c = CUSTOMERS.find((x) => x.cpf === cpf);
  if (!c) throw new Error(`cliente ${cpf} não existe no mundo de teste`);
  return {
    code,
    cpf: c.cpf,
    name: c.name,
    birthdate: c.birthdate,
    email: c.email,
    phone: c.phone,
    monthlyIncomeCents: c.monthlyIncomeCents,
    professionCode: c.dmsProfessionCode,
  };
}

function vehicle(
  dmsModelCode: string,
  v: Omit<DmsVehicle, 'modelCode' | 'description' | 'fipeCode'>,
): DmsVehicle {
  const w = VEHICLES.find((x) => x.dmsModelCode === dmsModelCode);
  if (!w) throw new Error(`modelo ${dmsModelCode} não existe no mundo de teste`);
  if (v.modelYear < w.yearStart || v.modelYear > w.yearEnd)
    throw new Error(`ano fora da faixa de ${dmsModelCode}`);
  return { modelCode: w.dmsModelCode, description: w.dmsDescription, fipeCode: w.fipeCode, ...v };
}

const negotiation = (
  n: Partial<DmsNegotiation> & Pick<DmsNegotiation, 'financeiraCode' | 'downPaymentCents' | 'termMonths'>,
): DmsNegotiation => ({
  planCode: n.financeiraCode ? `${n.financeiraCode}01` : null,
  retorno: 'R0',
  coefficientOverride: null,
  bankProposalNumber: '',
  situacao: 'DIG',
  observacao: '',
  ...n,
});

/** A fresh copy each call: servers mutate their own copy (Confirmar saves negotiations). */
export function seedAtendimentos(): DmsAtendimento[] {
  return [
    {
      id: '123456',
      storeCode: '001',
      sellerCode: 'V017',
      openedAt: '2026-03-02',
      tipoVenda: 'Direta',
      customer: customer('52998224725', '0004711'),
      vehicle: vehicle('VW-TCR-HL', {
        manufactureYear: 2025,
        modelYear: 2026,
        zeroKm: true,
        chassi: '9BWBH6BF4S4012345',
        plate: null,
        valueCents: 15999000,
      }),
      negotiation: negotiation({
        financeiraCode: '10',
        downPaymentCents: 4000000,
        termMonths: 48,
        retorno: 'R2',
        observacao: 'Cliente quer parcela abaixo de R$ 4.000,00.',
      }),
      anexos: [
        { tipo: 'DOC', descricao: 'CNH do cliente', referencia: 'CNH-0004711.pdf', data: '2026-03-02' },
      ],
    },
    {
      id: '123457',
      storeCode: '001',
      sellerCode: 'V023',
      openedAt: '2026-03-03',
      tipoVenda: 'Direta',
      customer: customer('71460238001', '0004730'),
      vehicle: vehicle('FI-ARG-DR', {
        manufactureYear: 2022,
        modelYear: 2023,
        zeroKm: false,
        chassi: '9BD358A4NNYK01234',
        plate: 'FTR4E21',
        valueCents: 7250000,
      }),
      negotiation: negotiation({ financeiraCode: '15', downPaymentCents: 1500000, termMonths: 36 }),
      anexos: [],
    },
    {
      id: '123458',
      storeCode: '002',
      sellerCode: 'V017',
      openedAt: '2026-03-04',
      tipoVenda: 'Direta',
      customer: customer('11144477735', '0004752'),
      vehicle: vehicle('FI-ARG-DR', {
        manufactureYear: 2025,
        modelYear: 2026,
        zeroKm: true,
        chassi: '9BD358A4NSYK05678',
        plate: null,
        valueCents: 9890000,
      }),
      negotiation: null,
      anexos: [],
    },
    {
      id: '223344',
      storeCode: '002',
      sellerCode: 'V017',
      openedAt: '2026-03-05',
      tipoVenda: 'Direta',
      customer: customer('39053344705', '0005120'),
      vehicle: vehicle('TO-COR-XEI', {
        manufactureYear: 2024,
        modelYear: 2025,
        zeroKm: true,
        chassi: '9BRBDWHE5R0123456',
        plate: null,
        valueCents: 18990000,
      }),
      negotiation: negotiation({
        financeiraCode: '11',
        planCode: '1102',
        downPaymentCents: 6000000,
        termMonths: 36,
        retorno: 'R1',
      }),
      anexos: [],
    },
    {
      id: '223345',
      storeCode: '002',
      sellerCode: 'V017',
      openedAt: '2026-03-06',
      tipoVenda: 'Direta',
      customer: customer('11144477735', '0004752'),
      vehicle: vehicle('FI-ARG-DR', {
        manufactureYear: 2021,
        modelYear: 2022,
        zeroKm: false,
        chassi: '9BD358A4NMYJ09876',
        plate: 'GHI2J34',
        valueCents: 6490000,
      }),
      negotiation: negotiation({ financeiraCode: '16', downPaymentCents: 1000000, termMonths: 24 }),
      anexos: [],
    },
    {
      id: '334455',
      storeCode: '003',
      sellerCode: 'V023',
      openedAt: '2026-03-07',
      tipoVenda: 'Direta',
      customer: customer('45317828791', '0006001'),
      vehicle: vehicle('HO-CIV-EXL', {
        manufactureYear: 2019,
        modelYear: 2020,
        zeroKm: false,
        chassi: '93HFC2640LZ123456',
        plate: 'QWE1A23',
        valueCents: 11800000,
      }),
      negotiation: negotiation({
        financeiraCode: '14',
        downPaymentCents: 3540000,
        termMonths: 60,
        retorno: 'R3',
        bankProposalNumber: '',
      }),
      anexos: [],
    },
    {
      id: '334456',
      storeCode: '001',
      sellerCode: 'V023',
      openedAt: '2026-03-08',
      tipoVenda: 'Frotista',
      customer: customer('52998224725', '0004711'),
      vehicle: vehicle('TO-COR-XEI', {
        manufactureYear: 2025,
        modelYear: 2026,
        zeroKm: true,
        chassi: '9BRBDWHE5S0654321',
        plate: null,
        valueCents: 19450000,
      }),
      negotiation: negotiation({ financeiraCode: '13', downPaymentCents: 9725000, termMonths: 24 }),
      anexos: [],
    },
  ];
}

export function storeName(code: string): string {
  return STORES.find((s) => s.dmsCode === code)?.dmsName ?? '';
}

export function seller(code: string) {
  const s = SELLERS.find((x) => x.dmsCode === code);
  if (!s) throw new Error(`vendedor ${code} não existe no mundo de teste`);
  return s;
}

export function professionName(code: string | null): string {
  return PROFESSIONS.find((p) => p.dmsCode === code)?.dmsName ?? '';
}
