/**
 * The shared fictional world behind the local stand-ins: one dealership group whose
 * LinxDMS knows its stores, banks (financeiras) and professions by DMS codes, and whose
 * CREDERE account knows the same things by CREDERE ids. The CREDERE sandbox
 * (tests/sandbox) and the demo LinxDMS (tests/dms) both build their data from here, so a
 * golden deal read on the DMS screen can be simulated in the sandbox end to end.
 *
 * Every document number here is valid (check digits) and fictional.
 */

export interface WorldStore {
  /** LinxDMS empresa/filial code shown in the "Loja" select. */
  dmsCode: string;
  dmsName: string;
  /** CREDERE store id (opaque string on our side; the sandbox serves it as a number). */
  credereId: number;
  credereName: string;
  cnpj: string; // digits only
  uf: string;
  city: string;
  active: boolean;
}

export const STORES: WorldStore[] = [
  {
    dmsCode: '001',
    dmsName: 'AUTOSUL MATRIZ',
    credereId: 3101,
    credereName: 'Autosul Veículos - Matriz',
    cnpj: '11222333000181',
    uf: 'SP',
    city: 'São Paulo',
    active: true,
  },
  {
    dmsCode: '002',
    dmsName: 'AUTOSUL FILIAL CAMPINAS',
    credereId: 3102,
    credereName: 'Autosul Veículos - Campinas',
    cnpj: '11222333000262',
    uf: 'SP',
    city: 'Campinas',
    active: true,
  },
  {
    dmsCode: '003',
    dmsName: 'AUTOSUL SEMINOVOS',
    credereId: 3103,
    credereName: 'Autosul Seminovos',
    cnpj: '11222333000343',
    uf: 'SP',
    city: 'São Paulo',
    active: true,
  },
];

/** A store of another CREDERE account: Store-Id scoping must refuse it. */
export const FOREIGN_STORE = { credereId: 9901, name: 'Outra Revenda Ltda', cnpj: '44555666000181' };

export interface WorldBank {
  /** CREDERE bank code used in simulations (febraban_code; not always numeric). */
  code: string;
  credereId: number;
  name: string;
  tradename: string;
  /** LinxDMS financeira code and name (select "Financeira" on Calcular fator). */
  dmsCode: string;
  dmsName: string;
}

export const BANKS: WorldBank[] = [
  {
    code: '033',
    credereId: 33,
    name: 'Banco Santander (Brasil) S.A.',
    tradename: 'Santander',
    dmsCode: '10',
    dmsName: 'SANTANDER FINANCIAMENTOS',
  },
  {
    code: '341',
    credereId: 116,
    name: 'Itaú Unibanco S.A.',
    tradename: 'Itaú',
    dmsCode: '11',
    dmsName: 'ITAU UNIBANCO',
  },
  {
    code: '342',
    credereId: 342,
    name: 'Creditas Sociedade de Crédito Direto S.A.',
    tradename: 'Creditas',
    dmsCode: '12',
    dmsName: 'CREDITAS',
  },
  {
    code: '394',
    credereId: 394,
    name: 'Banco Bradesco Financiamentos S.A.',
    tradename: 'Bradesco',
    dmsCode: '13',
    dmsName: 'BRADESCO FINANCIAMENTOS',
  },
  {
    code: '422',
    credereId: 422,
    name: 'Banco Safra S.A.',
    tradename: 'Safra',
    dmsCode: '14',
    dmsName: 'BANCO SAFRA',
  },
  {
    code: '623',
    credereId: 623,
    name: 'Banco Pan S.A.',
    tradename: 'Pan',
    dmsCode: '15',
    dmsName: 'BANCO PAN',
  },
  {
    code: '655',
    credereId: 90,
    name: 'Banco Votorantim S.A.',
    tradename: 'Banco Votorantim',
    dmsCode: '16',
    dmsName: 'BV FINANCEIRA',
  },
  { code: '336', credereId: 336, name: 'Banco C6 S.A.', tradename: 'C6', dmsCode: '17', dmsName: 'C6 BANK' },
  {
    code: 'M22',
    credereId: 922,
    name: 'Banco Honda S.A.',
    tradename: 'Honda',
    dmsCode: '18',
    dmsName: 'BANCO HONDA',
  },
  {
    code: 'fontecred',
    credereId: 1001,
    name: 'FonteCred Sociedade de Crédito',
    tradename: 'FonteCred',
    dmsCode: '19',
    dmsName: 'FONTECRED',
  },
  {
    code: 'moneyplus',
    credereId: 1002,
    name: 'MoneyPlus SCMEPP Ltda',
    tradename: 'MoneyPlus',
    dmsCode: '20',
    dmsName: 'MONEYPLUS',
  },
];

/** Banks integrated (credentials okay) per CREDERE store id. */
export const INTEGRATED_BANKS: Record<number, string[]> = {
  3101: ['033', '341', '342', '394', '422', '623', '655', '336', 'M22'],
  3102: ['033', '341', '623', '655', '336'],
  3103: ['341', '422', '623', 'fontecred', 'moneyplus'],
};

export interface WorldSeller {
  credereUserId: number;
  name: string;
  cpf: string;
  storeIds: number[];
  /** LinxDMS "Vendedor/Consultor" code on the atendimento. */
  dmsCode: string;
}

export const SELLERS: WorldSeller[] = [
  {
    credereUserId: 42101,
    name: 'Marina Vendedora',
    cpf: '24681357928',
    storeIds: [3101, 3102],
    dmsCode: 'V017',
  },
  {
    credereUserId: 42102,
    name: 'Rafael Consultor',
    cpf: '36925814755',
    storeIds: [3101, 3103],
    dmsCode: 'V023',
  },
];

/** The CREDERE user who logs in at "Autorizar" (sandbox login page). */
export const ADMIN_LOGIN = {
  username: 'gerente@autosul.test',
  password: 'credere-sandbox',
  credereUserId: 42100,
  name: 'Gerente Autosul',
};

export type CustomerOutcome =
  | 'approved_everywhere'
  | 'refused_everywhere'
  | 'mixed'
  | 'slow_bank'
  | 'needs_more_fields';

export interface WorldCustomer {
  cpf: string;
  name: string;
  birthdate: string; // ISO
  email: string | null;
  phone: string | null; // digits with DDD
  monthlyIncomeCents: number | null;
  /** LinxDMS profession code (select "Profissão"). */
  dmsProfessionCode: string | null;
  outcome: CustomerOutcome;
  note: string;
}

export const CUSTOMERS: WorldCustomer[] = [
  {
    cpf: '52998224725',
    name: 'Ana Paula Ribeiro',
    birthdate: '1986-04-12',
    email: 'ana.ribeiro@example.com',
    phone: '11987654321',
    monthlyIncomeCents: 1250000,
    dmsProfessionCode: '0101',
    outcome: 'approved_everywhere',
    note: 'Aprovada em todos os bancos (alta chance).',
  },
  {
    cpf: '11144477735',
    name: 'Bruno Carvalho Lima',
    birthdate: '1979-11-03',
    email: 'bruno.lima@example.com',
    phone: '19991234567',
    monthlyIncomeCents: 480000,
    dmsProfessionCode: '0207',
    outcome: 'refused_everywhere',
    note: 'Recusado na pré-análise por todos os bancos.',
  },
  {
    cpf: '39053344705',
    name: 'Carla Souza Mendes',
    birthdate: '1992-07-25',
    email: 'carla.mendes@example.com',
    phone: '11976543210',
    monthlyIncomeCents: 820000,
    dmsProfessionCode: '0314',
    outcome: 'mixed',
    note: 'Aprovada em alguns bancos, recusada em outros, um banco com erro de integração.',
  },
  {
    cpf: '45317828791',
    name: 'Diego Fernandes Rocha',
    birthdate: '1988-01-30',
    email: 'diego.rocha@example.com',
    phone: '11965432109',
    monthlyIncomeCents: 950000,
    dmsProfessionCode: '0101',
    outcome: 'slow_bank',
    note: 'Um banco (Safra 422) demora muito para responder.',
  },
  {
    cpf: '71460238001',
    name: 'Elisa Martins Prado',
    birthdate: '1995-09-14',
    email: null,
    phone: null,
    monthlyIncomeCents: null,
    dmsProfessionCode: null,
    outcome: 'needs_more_fields',
    note: 'Cadastro incompleto no DMS: e-mail, telefone, renda e profissão faltam.',
  },
];

export interface WorldVehicle {
  credereModelId: number;
  brand: string;
  modelName: string;
  version: string;
  fipeCode: string;
  molicarCode: string;
  yearStart: number;
  yearEnd: number;
  /** LinxDMS model code and description on the atendimento. */
  dmsModelCode: string;
  dmsDescription: string;
}

export const VEHICLES: WorldVehicle[] = [
  {
    credereModelId: 70101,
    brand: 'VOLKSWAGEN',
    modelName: 'T-CROSS',
    version: 'HIGHLINE 1.4 TSI 16V FLEX AUT.',
    fipeCode: '005520-4',
    molicarCode: '01906112-2',
    yearStart: 2020,
    yearEnd: 2027,
    dmsModelCode: 'VW-TCR-HL',
    dmsDescription: 'T-CROSS HIGHLINE 250 TSI AT',
  },
  {
    credereModelId: 70102,
    brand: 'FIAT',
    modelName: 'ARGO',
    version: 'DRIVE 1.0 6V FLEX',
    fipeCode: '001492-3',
    molicarCode: '02104455-1',
    yearStart: 2018,
    yearEnd: 2027,
    dmsModelCode: 'FI-ARG-DR',
    dmsDescription: 'ARGO DRIVE 1.0',
  },
  {
    credereModelId: 70103,
    brand: 'HONDA',
    modelName: 'CIVIC',
    version: 'EXL 2.0 16V FLEXONE AUT.',
    fipeCode: '014082-1',
    molicarCode: '01503321-7',
    yearStart: 2016,
    yearEnd: 2021,
    dmsModelCode: 'HO-CIV-EXL',
    dmsDescription: 'CIVIC EXL 2.0 CVT',
  },
  {
    credereModelId: 70104,
    brand: 'TOYOTA',
    modelName: 'COROLLA',
    version: 'XEI 2.0 FLEX 16V AUT.',
    fipeCode: '002123-7',
    molicarCode: '01702283-5',
    yearStart: 2019,
    yearEnd: 2027,
    dmsModelCode: 'TO-COR-XEI',
    dmsDescription: 'COROLLA XEI 2.0 DYNAMIC FORCE',
  },
];

/**
 * Base profession names. The sandbox builds CREDERE's lists (numeric ids plus
 * `credere_identifier`/`identifier` slugs) from these and pads them with generated
 * entries to a few hundred; the DMS uses 4-digit codes and upper-case names that
 * differ slightly (abbreviations, missing accents), so fuzzy suggestions have work to do.
 */
export const PROFESSIONS: { dmsCode: string; dmsName: string; credereName: string }[] = [
  { dmsCode: '0101', dmsName: 'ADMINISTRADOR', credereName: 'Administrador' },
  { dmsCode: '0102', dmsName: 'ADVOGADO', credereName: 'Advogado' },
  { dmsCode: '0103', dmsName: 'ANALISTA DE SISTEMAS', credereName: 'Analista de Sistemas' },
  { dmsCode: '0104', dmsName: 'ARQUITETO', credereName: 'Arquiteto' },
  { dmsCode: '0105', dmsName: 'ASSISTENTE ADMINISTRATIVO', credereName: 'Assistente Administrativo' },
  { dmsCode: '0106', dmsName: 'AUX. DE ENFERMAGEM', credereName: 'Auxiliar de Enfermagem' },
  { dmsCode: '0107', dmsName: 'BANCARIO', credereName: 'Bancário' },
  { dmsCode: '0108', dmsName: 'CABELEIREIRO', credereName: 'Cabeleireiro' },
  { dmsCode: '0109', dmsName: 'CONTADOR', credereName: 'Contador' },
  { dmsCode: '0110', dmsName: 'CORRETOR DE IMOVEIS', credereName: 'Corretor de Imóveis' },
  { dmsCode: '0111', dmsName: 'DENTISTA', credereName: 'Dentista' },
  { dmsCode: '0112', dmsName: 'ELETRICISTA', credereName: 'Eletricista' },
  { dmsCode: '0113', dmsName: 'ENFERMEIRO', credereName: 'Enfermeiro' },
  { dmsCode: '0114', dmsName: 'ENG. CIVIL', credereName: 'Engenheiro Civil' },
  { dmsCode: '0115', dmsName: 'FARMACEUTICO', credereName: 'Farmacêutico' },
  { dmsCode: '0116', dmsName: 'FISIOTERAPEUTA', credereName: 'Fisioterapeuta' },
  { dmsCode: '0117', dmsName: 'JORNALISTA', credereName: 'Jornalista' },
  { dmsCode: '0118', dmsName: 'MECANICO', credereName: 'Mecânico' },
  { dmsCode: '0119', dmsName: 'MEDICO', credereName: 'Médico' },
  { dmsCode: '0120', dmsName: 'MOTORISTA', credereName: 'Motorista' },
  { dmsCode: '0121', dmsName: 'PEDREIRO', credereName: 'Pedreiro' },
  { dmsCode: '0122', dmsName: 'PROFESSOR ENS. FUNDAMENTAL', credereName: 'Professor de Ensino Fundamental' },
  { dmsCode: '0123', dmsName: 'PSICOLOGO', credereName: 'Psicólogo' },
  { dmsCode: '0124', dmsName: 'REPRESENTANTE COMERCIAL', credereName: 'Representante Comercial' },
  { dmsCode: '0125', dmsName: 'SECRETARIA', credereName: 'Secretária' },
  { dmsCode: '0126', dmsName: 'SERVIDOR PUBLICO FEDERAL', credereName: 'Servidor Público Federal' },
  { dmsCode: '0127', dmsName: 'TECNICO EM INFORMATICA', credereName: 'Técnico em Informática' },
  { dmsCode: '0128', dmsName: 'VENDEDOR', credereName: 'Vendedor' },
  { dmsCode: '0129', dmsName: 'VETERINARIO', credereName: 'Veterinário' },
  { dmsCode: '0130', dmsName: 'EMPRESARIO', credereName: 'Empresário' },
  { dmsCode: '0207', dmsName: 'AUTONOMO', credereName: 'Autônomo' },
  { dmsCode: '0314', dmsName: 'COMERCIANTE', credereName: 'Comerciante' },
];
