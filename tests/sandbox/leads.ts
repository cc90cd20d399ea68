/** Leads per store, keyed by CPF/CNPJ digits, and the per-bank required-fields query. */

import type { Context } from 'hono';
import { storeScoped } from './auth';
import type { AppEnv, RouteModule } from './context';
import { ApiError, recordNotFound, unprocessable } from './errors';
import { EXTRA_LEAD_REQUIREMENTS, LEAD_ADDRESS_REQUIREMENTS, LEAD_REQUIREMENTS, outcomeFor } from './seed';
import type { Lead, SandboxState } from './state';
import { digits, formatCpf, isPlainObject, isValidCnpj, isValidCpf, paginate, railsTime } from './util';
import { cents, jsonBody, rootObject } from './validation';

const SIMPLE_FIELDS = [
  'name',
  'birthdate',
  'email',
  'phone_number',
  'has_cnh',
  'mother_name',
  'monthly_income',
] as const;
const ADDRESS_FIELDS = ['zip_code', 'city', 'state', 'district', 'street', 'number', 'complement'] as const;

export function findLead(state: SandboxState, storeId: number, cpf: string): Lead | undefined {
  const key = digits(cpf);
  return state.leads.find((l) => l.storeId === storeId && l.cpf === key);
}

function domainEntry(
  state: SandboxState,
  type: 'genders' | 'occupations' | 'professions',
  identifier: unknown,
) {
  return state.leadDomains[type].find((d) => d.credere_identifier === identifier) ?? null;
}

function validateLeadFields(
  state: SandboxState,
  input: Record<string, unknown>,
  partial: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SIMPLE_FIELDS) if (key in input) out[key] = input[key];
  if ('monthly_income' in input) cents(input.monthly_income, 'lead.monthly_income', { optional: true });
  if (typeof input.birthdate === 'string' && input.birthdate && !/^\d{4}-\d{2}-\d{2}$/.test(input.birthdate))
    throw unprocessable(`lead.birthdate deve estar no formato AAAA-MM-DD (recebido "${input.birthdate}").`, {
      field: 'lead.birthdate',
    });
  if (typeof input.email === 'string' && input.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email))
    throw unprocessable(`lead.email inválido: "${input.email}".`, { field: 'lead.email' });
  if ('phone_number' in input && input.phone_number) {
    let phone = digits(input.phone_number);
    if (phone.length > 11 && phone.startsWith('55')) phone = phone.slice(2);
    if (phone.length < 10 || phone.length > 11)
      throw unprocessable('lead.phone_number deve ter DDD + número (10 ou 11 dígitos).', {
        field: 'lead.phone_number',
      });
    out.phone_number = `+55${phone}`;
  }
  if ('has_cnh' in input && input.has_cnh !== null && typeof input.has_cnh !== 'boolean')
    throw unprocessable('lead.has_cnh deve ser true ou false.', { field: 'lead.has_cnh' });
  const domains: Array<[string, 'genders' | 'occupations' | 'professions', string]> = [
    ['retrieve_gender', 'genders', 'gender'],
    ['retrieve_occupation', 'occupations', 'occupation'],
    ['retrieve_profession', 'professions', 'profession'],
  ];
  for (const [field, type, target] of domains) {
    if (!(field in input) || input[field] === null || input[field] === '') continue;
    const entry = domainEntry(state, type, input[field]);
    if (!entry)
      throw unprocessable(
        `lead.${field} desconhecido: "${String(input[field])}" não existe no domínio ${type} (use o credere_identifier de /banks_api/domains).`,
        { field: `lead.${field}` },
      );
    out[target] = entry;
  }
  if ('address' in input && input.address !== null) {
    if (!isPlainObject(input.address))
      throw unprocessable('lead.address deve ser um objeto.', { field: 'lead.address' });
    const address: Record<string, unknown> = {};
    for (const key of ADDRESS_FIELDS) if (key in input.address) address[key] = input.address[key];
    out.address = address;
  }
  if (!partial && (typeof input.name !== 'string' || !input.name.trim()))
    throw unprocessable('lead.name é obrigatório.', { field: 'lead.name' });
  return out;
}

export function leadJson(lead: Lead) {
  const f = lead.fields;
  return {
    object_type: 'Lead',
    id: lead.id,
    cpf_cnpj: lead.cpf.length === 11 ? formatCpf(lead.cpf) : lead.cpf,
    name: f.name ?? null,
    birthdate: f.birthdate ?? null,
    email: f.email ?? null,
    phone_number: f.phone_number ?? null,
    has_cnh: f.has_cnh ?? null,
    monthly_income: f.monthly_income ?? null,
    mother_name: f.mother_name ?? null,
    gender: f.gender ?? null,
    occupation: f.occupation ?? null,
    profession: f.profession ?? null,
    address: f.address ?? null,
    payload: { store_id: lead.storeId },
    created_at: railsTime(lead.createdAt),
    updated_at: railsTime(lead.updatedAt),
  };
}

/** Field → bank codes that require it, for the banks of a store (or the given subset). */
export function requirementsFor(state: SandboxState, cpf: string, storeId: number, bankCodes?: string[]) {
  const storeBanks = state.integrated[storeId] ?? [];
  const banks = bankCodes ? storeBanks.filter((b) => bankCodes.includes(b)) : storeBanks;
  const pick = (codes: string[]) => codes.filter((c) => banks.includes(c));
  const requirements: Record<string, unknown> = {};
  for (const [field, codes] of Object.entries(LEAD_REQUIREMENTS)) requirements[field] = pick(codes);
  if (outcomeFor(cpf) === 'needs_more_fields')
    for (const field of EXTRA_LEAD_REQUIREMENTS) requirements[field] = [...banks];
  const address: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(LEAD_ADDRESS_REQUIREMENTS)) address[field] = pick(codes);
  if (outcomeFor(cpf) === 'needs_more_fields') address.zip_code = [...banks];
  requirements.address = address;
  for (const [k, v] of Object.entries(requirements))
    if (Array.isArray(v) && v.length === 0) delete requirements[k];
  return requirements;
}

/** Which of a bank's required lead fields are empty on this lead. */
export function missingLeadFields(state: SandboxState, lead: Lead, bankCode: string): string[] {
  const req = requirementsFor(state, lead.cpf, lead.storeId, [bankCode]);
  const present = (field: string): boolean => {
    if (field === 'cpf_cnpj') return true;
    const v = lead.fields[field];
    return v !== undefined && v !== null && v !== '';
  };
  const missing: string[] = [];
  for (const [field, codes] of Object.entries(req)) {
    if (field === 'address') {
      for (const [sub, subCodes] of Object.entries(codes as Record<string, string[]>)) {
        const addr = lead.fields.address as Record<string, unknown> | undefined;
        if (subCodes.includes(bankCode) && !addr?.[sub]) missing.push(`address.${sub}`);
      }
    } else if ((codes as string[]).includes(bankCode) && !present(field)) missing.push(field);
  }
  return missing;
}

export const registerLeads: RouteModule = (app, state) => {
  app.use('/api/v1/banks_api/leads', storeScoped(state));
  app.use('/api/v1/banks_api/leads/*', storeScoped(state));

  app.get('/api/v1/banks_api/leads', (c) => {
    const list = state.leads.filter((l) => l.storeId === c.get('storeId')).map(leadJson);
    return c.json({ data: paginate(list, c.req.query()) });
  });

  app.post('/api/v1/banks_api/leads', async (c) => {
    const input = rootObject(await jsonBody(c), 'lead');
    const cpf = digits(input.cpf_cnpj);
    if (!(cpf.length === 11 ? isValidCpf(cpf) : isValidCnpj(cpf)))
      throw unprocessable(
        `lead.cpf_cnpj inválido: "${String(input.cpf_cnpj ?? '')}" (CPF/CNPJ com dígitos verificadores incorretos).`,
        {
          field: 'lead.cpf_cnpj',
        },
      );
    const storeId = c.get('storeId');
    if (findLead(state, storeId, cpf))
      throw unprocessable(
        'lead.cpf_cnpj já está cadastrado como lead nesta loja; use PUT /banks_api/leads/{cpf}.',
        {
          field: 'lead.cpf_cnpj',
        },
      );
    const fields = validateLeadFields(state, input, false);
    const now = Date.now();
    const lead: Lead = { id: state.next('lead'), storeId, cpf, fields, createdAt: now, updatedAt: now };
    state.leads.push(lead);
    return c.json({ data: leadJson(lead) });
  });

  app.get('/api/v1/banks_api/leads/:cpf/required_fields', (c) => {
    const cpf = digits(c.req.param('cpf'));
    if (!(cpf.length === 11 ? isValidCpf(cpf) : isValidCnpj(cpf)))
      throw unprocessable(`CPF/CNPJ inválido: "${c.req.param('cpf')}".`, { field: 'cpf_cnpj' });
    const codes = c.req.query('bank_codes')?.split(',').filter(Boolean);
    const lead = findLead(state, c.get('storeId'), cpf);
    return c.json({
      data: {
        lead: lead ? leadJson(lead) : null,
        requirements: requirementsFor(state, cpf, c.get('storeId'), codes),
      },
    });
  });

  app.get('/api/v1/banks_api/leads/:cpf', (c) => {
    const lead = findLead(state, c.get('storeId'), c.req.param('cpf'));
    if (!lead) throw recordNotFound('Lead');
    return c.json({ data: leadJson(lead) });
  });

  const update = async (c: Context<AppEnv>) => {
    const lead = findLead(state, c.get('storeId'), c.req.param('cpf') ?? '');
    if (!lead) throw recordNotFound('Lead');
    const input = rootObject(await jsonBody(c), 'lead');
    if (input.cpf_cnpj !== undefined && digits(input.cpf_cnpj) !== lead.cpf)
      throw new ApiError(422, 'lead.cpf_cnpj não pode ser alterado.', { field: 'lead.cpf_cnpj' });
    Object.assign(lead.fields, validateLeadFields(state, input, true));
    lead.updatedAt = Date.now();
    return c.json({ data: leadJson(lead) });
  };
  app.put('/api/v1/banks_api/leads/:cpf', update);
  app.patch('/api/v1/banks_api/leads/:cpf', update);

  app.delete('/api/v1/banks_api/leads/:cpf', (c) => {
    const lead = findLead(state, c.get('storeId'), c.req.param('cpf'));
    if (!lead) throw recordNotFound('Lead');
    state.leads = state.leads.filter((l) => l !== lead);
    return c.body(null, 204);
  });
};
