/**
 * Seed data built from the shared fictional world (tests/seed/world.ts). Additions the
 * world does not define (admin CPF, extra vehicle models, domain lists, per-bank rules)
 * are marked as sandbox additions and never change a world meaning.
 */
import {
  ADMIN_LOGIN,
  BANKS,
  CUSTOMERS,
  type CustomerOutcome,
  FOREIGN_STORE,
  INTEGRATED_BANKS,
  SELLERS,
  STORES,
  VEHICLES,
  type WorldBank,
} from '../seed/world';
import { buildProfessions } from './professions';

export const CLIENT_ID = 'ponte-credere-sandbox';
export const CLIENT_SECRET = 'sandbox-secret';
export const EXTENSION_ID = 'lnnkbpfghhmdmheogongdnblomoaeecl';
export const SEED_REDIRECT_URIS = [
  `https://${EXTENSION_ID}.chromiumapp.org/`,
  `https://${EXTENSION_ID}.chromiumapp.org/credere`,
];

export interface SeedStore {
  id: number;
  name: string;
  display_name: string;
  cnpj: string;
  uf: string;
  city: string;
  active: boolean;
  /** Account owning the store: the admin's account, or another one (foreign store). */
  ownedByAdmin: boolean;
}

export function seedStores(): SeedStore[] {
  return [
    ...STORES.map((s) => ({
      id: s.credereId,
      name: s.credereName,
      display_name: s.dmsName,
      cnpj: s.cnpj,
      uf: s.uf,
      city: s.city,
      active: s.active,
      ownedByAdmin: true,
    })),
    {
      id: FOREIGN_STORE.credereId,
      name: FOREIGN_STORE.name,
      display_name: FOREIGN_STORE.name,
      cnpj: FOREIGN_STORE.cnpj,
      uf: 'RJ',
      city: 'Rio de Janeiro',
      active: true,
      ownedByAdmin: false,
    },
  ];
}

export const INTEGRATED: Record<number, string[]> = {
  ...INTEGRATED_BANKS,
  [FOREIGN_STORE.credereId]: ['033'],
};

export interface SeedUser {
  id: number;
  name: string;
  email: string;
  cpf: string;
  storeIds: number[];
  role: 'admin' | 'seller';
}

/** Sandbox addition: the admin's CPF (valid check digits, fictional). */
export const ADMIN_CPF = '86288366757';

export function seedUsers(): SeedUser[] {
  return [
    {
      id: ADMIN_LOGIN.credereUserId,
      name: ADMIN_LOGIN.name,
      email: ADMIN_LOGIN.username,
      cpf: ADMIN_CPF,
      storeIds: STORES.map((s) => s.credereId),
      role: 'admin',
    },
    ...SELLERS.map((s) => ({
      id: s.credereUserId,
      name: s.name,
      email: `${s.name.split(' ')[0]?.toLowerCase()}@autosul.test`,
      cpf: s.cpf,
      storeIds: s.storeIds,
      role: 'seller' as const,
    })),
  ];
}

export function bankByCode(code: string): WorldBank | undefined {
  return BANKS.find((b) => b.code === code);
}

export interface SeedVehicleModel {
  id: number;
  brand: string;
  model_name: string;
  version: string;
  fipe_code: string;
  molicar_code: string;
  year_start: number;
  year_end: number;
  category: string;
  fuel: string;
}

/** Sandbox additions: a few more catalogue entries so FIPE lookups are not trivially unique. */
const EXTRA_VEHICLES: SeedVehicleModel[] = [
  {
    id: 70105,
    brand: 'VOLKSWAGEN',
    model_name: 'T-CROSS',
    version: 'COMFORTLINE 1.0 TSI FLEX AUT.',
    fipe_code: '005519-0',
    molicar_code: '01906111-4',
    year_start: 2020,
    year_end: 2027,
    category: 'SUV',
    fuel: 'Flex',
  },
  {
    id: 70106,
    brand: 'FIAT',
    model_name: 'ARGO',
    version: 'TREKKING 1.3 8V FLEX',
    fipe_code: '001493-1',
    molicar_code: '02104456-0',
    year_start: 2019,
    year_end: 2027,
    category: 'Hatch',
    fuel: 'Flex',
  },
  {
    id: 70107,
    brand: 'HONDA',
    model_name: 'CIVIC',
    version: 'TOURING 1.5 TURBO 16V AUT.',
    fipe_code: '014089-9',
    molicar_code: '01503329-2',
    year_start: 2017,
    year_end: 2021,
    category: 'Sedan',
    fuel: 'Gasolina',
  },
  {
    id: 70108,
    brand: 'CHEVROLET',
    model_name: 'ONIX',
    version: 'LT 1.0 TURBO FLEX AUT.',
    fipe_code: '004478-4',
    molicar_code: '01201187-6',
    year_start: 2020,
    year_end: 2027,
    category: 'Hatch',
    fuel: 'Flex',
  },
  {
    id: 70109,
    brand: 'HYUNDAI',
    model_name: 'HB20',
    version: 'COMFORT 1.0 FLEX 12V MEC.',
    fipe_code: '015145-9',
    molicar_code: '01801163-3',
    year_start: 2020,
    year_end: 2027,
    category: 'Hatch',
    fuel: 'Flex',
  },
  {
    id: 70110,
    brand: 'JEEP',
    model_name: 'COMPASS',
    version: 'LONGITUDE 1.3 T270 FLEX AUT.',
    fipe_code: '025281-6',
    molicar_code: '02305512-8',
    year_start: 2022,
    year_end: 2027,
    category: 'SUV',
    fuel: 'Flex',
  },
];

const CATEGORY_BY_MODEL: Record<string, string> = {
  'T-CROSS': 'SUV',
  ARGO: 'Hatch',
  CIVIC: 'Sedan',
  COROLLA: 'Sedan',
};

export function seedVehicleModels(): SeedVehicleModel[] {
  return [
    ...VEHICLES.map((v) => ({
      id: v.credereModelId,
      brand: v.brand,
      model_name: v.modelName,
      version: v.version,
      fipe_code: v.fipeCode,
      molicar_code: v.molicarCode,
      year_start: v.yearStart,
      year_end: v.yearEnd,
      category: CATEGORY_BY_MODEL[v.modelName] ?? 'Automóvel',
      fuel: 'Flex',
    })),
    ...EXTRA_VEHICLES,
  ];
}

// ---------- Lead domains (banks_api/domains) ----------

export interface LeadDomainEntry {
  id: number;
  type: 'gender' | 'occupation' | 'profession';
  credere_identifier: string;
  label: string;
}

export function seedLeadDomains(): Record<'genders' | 'occupations' | 'professions', LeadDomainEntry[]> {
  const occupations: Array<[string, string]> = [
    ['11', 'Empregado (CLT)'],
    ['12', 'Servidor Público'],
    ['13', 'Autônomo'],
    ['14', 'Empresário'],
    ['15', 'Profissional Liberal'],
    ['16', 'Aposentado ou Pensionista'],
    ['17', 'Sem renda / Do lar'],
  ];
  return {
    genders: [
      { id: 1, type: 'gender', credere_identifier: 'M', label: 'Masculino' },
      { id: 2, type: 'gender', credere_identifier: 'F', label: 'Feminino' },
    ],
    occupations: occupations.map(([identifier, label], i) => ({
      id: 10 + i,
      type: 'occupation',
      credere_identifier: identifier,
      label,
    })),
    // Lead-domain ids differ from customer-domain ids; the identifier is what links them.
    professions: buildProfessions().map((p) => ({
      id: 5000 + p.id,
      type: 'profession',
      credere_identifier: p.identifier,
      label: p.name,
    })),
  };
}

// ---------- Customer domains (/domains) ----------

const UFS: Array<[string, string]> = [
  ['AC', 'Acre'],
  ['AL', 'Alagoas'],
  ['AP', 'Amapá'],
  ['AM', 'Amazonas'],
  ['BA', 'Bahia'],
  ['CE', 'Ceará'],
  ['DF', 'Distrito Federal'],
  ['ES', 'Espírito Santo'],
  ['GO', 'Goiás'],
  ['MA', 'Maranhão'],
  ['MT', 'Mato Grosso'],
  ['MS', 'Mato Grosso do Sul'],
  ['MG', 'Minas Gerais'],
  ['PA', 'Pará'],
  ['PB', 'Paraíba'],
  ['PR', 'Paraná'],
  ['PE', 'Pernambuco'],
  ['PI', 'Piauí'],
  ['RJ', 'Rio de Janeiro'],
  ['RN', 'Rio Grande do Norte'],
  ['RS', 'Rio Grande do Sul'],
  ['RO', 'Rondônia'],
  ['RR', 'Roraima'],
  ['SC', 'Santa Catarina'],
  ['SP', 'São Paulo'],
  ['SE', 'Sergipe'],
  ['TO', 'Tocantins'],
];

const named = (names: string[], start = 1) => names.map((name, i) => ({ id: start + i, name }));

export function seedCustomerDomains(): Record<string, Array<Record<string, unknown>>> {
  return {
    profession: buildProfessions().map((p) => ({ object_type: 'Profession', ...p })),
    marital_status: [
      { id: 1, name: 'Casado', honda_code: 'C' },
      { id: 2, name: 'Solteiro', honda_code: 'S' },
      { id: 3, name: 'Divorciado', honda_code: 'D' },
      { id: 4, name: 'Viúvo', honda_code: 'V' },
      { id: 5, name: 'União Estável', honda_code: 'U' },
      { id: 6, name: 'Separado Judicialmente', honda_code: 'J' },
    ],
    genre: named(['Masculino', 'Feminino']),
    states: UFS.map(([abbreviation, name], i) => ({ id: i + 1, name, abbreviation })),
    education: [
      { id: 1, name: 'Ensino Fundamental Incompleto', honda_code: 'FI', identifier: '1' },
      { id: 2, name: 'Ensino Fundamental', honda_code: 'FUN', identifier: '2' },
      { id: 3, name: 'Ensino Médio', honda_code: 'MED', identifier: '4' },
      { id: 4, name: 'Ensino Superior Incompleto', honda_code: 'SI', identifier: '6' },
      { id: 5, name: 'Ensino Superior', honda_code: 'SUP', identifier: '7' },
      { id: 6, name: 'Pós-graduação', honda_code: 'POS', identifier: '8' },
    ],
    professional_ocupation: [
      { id: 1, name: 'Assalariado', identifier: '11' },
      { id: 2, name: 'Funcionário Público', identifier: '12' },
      { id: 3, name: 'Autônomo', identifier: '13' },
      { id: 4, name: 'Empresário', identifier: '14' },
      { id: 5, name: 'Aposentado', identifier: '16' },
      { id: 6, name: 'Profissional Liberal', identifier: '100' },
    ],
    phone_type: [
      { id: 1, name: 'Celular' },
      { id: 2, name: 'Principal' },
      { id: 3, name: 'Recado' },
      { id: 4, name: 'Comercial' },
      { id: 5, name: 'Residencial' },
      { id: 6, name: 'Empresa Anterior' },
    ],
    address_type: named(['Principal', 'Anterior', 'Alternativo', 'Comercial']),
    build_type: named(['Própria', 'Financiada', 'Alugada', 'Familiares', 'Funcional']),
    another_income_type: named(['Aluguéis', 'Aplicações', 'Pensão', 'Trabalho informal']),
    cnh_type: named(['A', 'B', 'AB', 'C', 'D', 'E']),
    company_activity: named(['Indústria', 'Comércio', 'Serviços', 'Agronegócio', 'Setor Público']),
    document_type: [
      { id: 'RG', name: 'RG' },
      { id: 'CNH', name: 'CNH' },
      { id: 'RNE', name: 'RNE' },
    ],
    property: named(['Imóvel quitado', 'Imóvel financiado', 'Veículo quitado', 'Nenhum']),
    relationship: named(['Pai', 'Mãe', 'Irmão', 'Cônjuge', 'Amigo', 'Outro']),
  };
}

// ---------- Per-bank requirements ----------

/**
 * Lead fields required per bank, matching the docs' worst-case counts (cpf_cnpj,
 * has_cnh, phone_number: all 11; name: 10; birthdate: 6; email, gender: 4; income,
 * occupation, zip code: 1). Sandbox assignment of counts to banks.
 */
const ALL_CODES = BANKS.map((b) => b.code);
export const LEAD_REQUIREMENTS: Record<string, string[]> = {
  cpf_cnpj: ALL_CODES,
  has_cnh: ALL_CODES,
  phone_number: ALL_CODES,
  name: ALL_CODES.filter((c) => c !== 'fontecred'),
  birthdate: ['033', '341', '623', '655', '336', 'M22'],
  email: ['341', '394', '623', 'M22'],
  gender: ['033', '422', '655', 'M22'],
  monthly_income: ['623'],
  occupation: ['623'],
};
export const LEAD_ADDRESS_REQUIREMENTS: Record<string, string[]> = { zip_code: ['623'] };

/** The `needs_more_fields` customer: every bank wants these too. */
export const EXTRA_LEAD_REQUIREMENTS = ['email', 'monthly_income', 'profession', 'occupation', 'birthdate'];

/** Customer fields checked by `bank_validations` (dotted paths), per bank. */
export const CUSTOMER_REQUIREMENTS: Record<string, string[]> = {
  cpf: ALL_CODES,
  name: ALL_CODES,
  born_at: ALL_CODES,
  mother: ALL_CODES.filter((c) => c !== 'fontecred' && c !== 'moneyplus'),
  phones: ALL_CODES,
  'address.zip_code': ALL_CODES,
  'address.street': ALL_CODES,
  'address.number': ALL_CODES,
  'address.city': ALL_CODES,
  'address.state_id': ALL_CODES,
  'job_reference.profession_id': ALL_CODES,
  'job_reference.income_cents': ALL_CODES,
  rg: ['033', '341', '655', '394', '422', 'M22'],
  rg_issuing: ['033', '341', '655'],
  marital_status_id: ['341', '623', '336'],
  emails: ['394', '623', 'M22'],
  education_id: ['M22', '422'],
  genre_id: ['033', '655', 'M22'],
  'job_reference.professional_ocupation_id': ['623', '342'],
};

export function outcomeFor(cpf: string): CustomerOutcome | null {
  return CUSTOMERS.find((c) => c.cpf === cpf)?.outcome ?? null;
}
