/**
 * Customers: the full record behind a proposal. Nested objects get their own ids and,
 * like the real API, PATCH treats a nested object without `id` as a new one (duplicate).
 */

import type { Context } from 'hono';
import { BANKS } from '../seed/world';
import { storeScoped } from './auth';
import type { AppEnv, RouteModule } from './context';
import { ApiError, recordNotFound, unprocessable } from './errors';
import { bankByCode, CUSTOMER_REQUIREMENTS } from './seed';
import type { Customer, SandboxState } from './state';
import { digits, formatCpf, isPlainObject, isValidCnpj, isValidCpf, paginate, railsTime } from './util';
import { cents, jsonBody, rootObject } from './validation';

const LIST_KEYS = ['emails', 'phones', 'bank_references', 'personal_references'] as const;
/** Single objects in the request; stored as lists so id-less updates can duplicate them. */
const SINGLE_KEYS: Record<string, string> = {
  address: 'addresses',
  job_reference: 'job_references',
  accountant: 'accountants',
};

const DOMAIN_FIELDS: Record<string, string> = {
  genre_id: 'genre',
  marital_status_id: 'marital_status',
  education_id: 'education',
  rg_state_id: 'states',
  state_of_birth_id: 'states',
  cnh_type_id: 'cnh_type',
  state_id: 'states',
  address_type_id: 'address_type',
  build_type_id: 'build_type',
  phone_type_id: 'phone_type',
  profession_id: 'profession',
  professional_ocupation_id: 'professional_ocupation',
  company_activity_id: 'company_activity',
  another_income_type_id: 'another_income_type',
};
const MONEY_FIELDS = new Set(['rent_value_cents', 'income_cents', 'another_income_cents']);
const DATE_FIELDS = new Set(['born_at', 'rg_date', 'joined_at', 'open_at', 'spouse_born_at']);

function checkValue(state: SandboxState, key: string, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return value;
  if (MONEY_FIELDS.has(key)) return cents(value, path);
  if (DATE_FIELDS.has(key) && value !== '') {
    const text = String(value);
    const br = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    if (br) return `${br[3]}-${br[2]}-${br[1]}`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    throw unprocessable(`${path} deve ser uma data DD/MM/AAAA (recebido "${text}").`, { field: path });
  }
  const domain = DOMAIN_FIELDS[key];
  if (domain) {
    if (!state.customerDomains[domain]?.some((d) => d.id === value))
      throw unprocessable(
        `${path} ${JSON.stringify(value)} não existe no domínio ${domain} (veja GET /domains).`,
        { field: path },
      );
  }
  if ((key === 'bank_id' || key === 'previous_funding_bank_id') && !BANKS.some((b) => b.credereId === value))
    throw unprocessable(`${path} ${JSON.stringify(value)} não é um banco conhecido (veja GET /banks).`, {
      field: path,
    });
  return value;
}

/** Validate an object's scalar fields and recurse into nested phone/address objects. */
function cleanObject(
  state: SandboxState,
  input: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (isPlainObject(value)) out[key] = cleanObject(state, value, `${path}.${key}`);
    else out[key] = checkValue(state, key, value, `${path}.${key}`);
  }
  return out;
}

function expand(state: SandboxState, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    out[key] = isPlainObject(value)
      ? expand(state, value)
      : Array.isArray(value)
        ? value.map((v) => (isPlainObject(v) ? expand(state, v) : v))
        : value;
    const domain = DOMAIN_FIELDS[key];
    if (domain && value !== null && value !== undefined) {
      const entry = state.customerDomains[domain]?.find((d) => d.id === value) ?? null;
      out[key.replace(/_id$/, '')] = entry;
    }
    if ((key === 'bank_id' || key === 'previous_funding_bank_id') && value) {
      const bank = BANKS.find((b) => b.credereId === value);
      out[key.replace(/_id$/, '')] = bank
        ? {
            object_type: 'Bank',
            id: bank.credereId,
            name: bank.name,
            tradename: bank.tradename,
            code: bank.code,
          }
        : null;
    }
  }
  return out;
}

function withId(state: SandboxState, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: state.next('nested') };
  for (const [k, v] of Object.entries(obj)) if (k !== 'id') out[k] = isPlainObject(v) ? withId(state, v) : v;
  return out;
}

/** Merge request data into the stored record: nested items with `id` update, without `id` are appended. */
function applyInput(state: SandboxState, record: Record<string, unknown>, input: Record<string, unknown>) {
  for (const [key, value] of Object.entries(input)) {
    if ((LIST_KEYS as readonly string[]).includes(key) || key in SINGLE_KEYS) {
      const storeKey = SINGLE_KEYS[key] ?? key;
      const items = (record[storeKey] as Array<Record<string, unknown>> | undefined) ?? [];
      const incoming = key in SINGLE_KEYS ? (value === null ? [] : [value]) : value;
      if (!Array.isArray(incoming))
        throw unprocessable(`customer.${key} deve ser uma lista.`, { field: `customer.${key}` });
      incoming.forEach((raw, i) => {
        const path = key in SINGLE_KEYS ? `customer.${key}` : `customer.${key}[${i}]`;
        if (!isPlainObject(raw)) throw unprocessable(`${path} deve ser um objeto.`, { field: path });
        const clean = cleanObject(state, raw, path);
        if (raw.id !== undefined && raw.id !== null) {
          const existing = items.find((it) => it.id === raw.id);
          if (!existing)
            throw unprocessable(`${path}.id ${String(raw.id)} não pertence a este cliente.`, {
              field: `${path}.id`,
            });
          Object.assign(existing, clean);
        } else items.push(withId(state, clean));
      });
      record[storeKey] = items;
    } else {
      record[key] = checkValue(state, key, value, `customer.${key}`);
    }
  }
}

export function customerJson(state: SandboxState, customer: Customer) {
  const r = customer.record;
  const out: Record<string, unknown> = { object_type: 'Customer', id: customer.id };
  for (const [key, value] of Object.entries(r)) out[key] = value;
  for (const [single, storeKey] of Object.entries(SINGLE_KEYS)) {
    const list = (r[storeKey] as unknown[] | undefined) ?? [];
    out[single] = list[0] ?? null;
    out[storeKey] = list;
  }
  for (const key of LIST_KEYS) out[key] = r[key] ?? [];
  out.cpf = formatCpf(String(r.cpf ?? ''));
  out.state = 'checagem';
  out.store_id = customer.storeId;
  out.created_at = railsTime(customer.createdAt);
  out.updated_at = railsTime(customer.updatedAt);
  return expand(state, out);
}

/** Value at a dotted path in the response-shaped customer; lists count as present when non-empty. */
function present(json: Record<string, unknown>, path: string): boolean {
  let cur: unknown = json;
  for (const part of path.split('.')) cur = isPlainObject(cur) ? cur[part] : undefined;
  if (Array.isArray(cur)) return cur.length > 0;
  return cur !== undefined && cur !== null && cur !== '';
}

export function validateForBanks(
  state: SandboxState,
  storeId: number,
  customer: Customer,
  validations: unknown,
) {
  if (validations === undefined || validations === null) return;
  if (!isPlainObject(validations))
    throw unprocessable('bank_validations deve ser um objeto.', { field: 'bank_validations' });
  if (validations.store_id !== undefined && Number(validations.store_id) !== storeId)
    throw unprocessable(
      `bank_validations.store_id ${String(validations.store_id)} difere do Store-Id ${storeId}.`,
      {
        field: 'bank_validations.store_id',
      },
    );
  const codes = Array.isArray(validations.bank_codes) ? validations.bank_codes.map(String) : [];
  for (const code of codes)
    if (!bankByCode(code))
      throw unprocessable(`bank_validations.bank_codes: banco "${code}" desconhecido.`, {
        field: 'bank_validations.bank_codes',
      });
  const json = customerJson(state, customer);
  const missing: Record<string, string[]> = {};
  const byBank: Record<string, string[]> = {};
  for (const [field, banks] of Object.entries(CUSTOMER_REQUIREMENTS)) {
    const needing = banks.filter((b) => codes.includes(b));
    if (needing.length === 0 || present(json, field)) continue;
    missing[field] = needing;
    for (const b of needing) {
      byBank[b] = [...(byBank[b] ?? []), field];
    }
  }
  if (Object.keys(missing).length === 0) return;
  const list = Object.entries(missing)
    .map(([field, banks]) => `${field} (${banks.join(', ')})`)
    .join('; ');
  throw unprocessable(`Campos obrigatórios ausentes para os bancos selecionados: ${list}.`, {
    errors: Object.fromEntries(
      Object.entries(missing).map(([f, b]) => [f, [`obrigatório para o(s) banco(s) ${b.join(', ')}`]]),
    ),
    missing_fields_by_bank: byBank,
  });
}

function findByDoc(state: SandboxState, storeId: number, doc: string) {
  const key = digits(doc);
  return state.customers.find((c) => c.storeId === storeId && digits(c.record.cpf) === key);
}

export const registerCustomers: RouteModule = (app, state) => {
  app.use('/api/v1/customers', storeScoped(state));
  app.use('/api/v1/customers/*', storeScoped(state));

  app.post('/api/v1/customers', async (c) => {
    const storeId = c.get('storeId');
    const body = await jsonBody(c);
    const input = rootObject(body, 'customer');
    const cpf = digits(input.cpf ?? input.cnpj);
    if (!(cpf.length === 11 ? isValidCpf(cpf) : isValidCnpj(cpf)))
      throw unprocessable(`customer.cpf inválido: "${String(input.cpf ?? '')}".`, { field: 'customer.cpf' });
    const existing = findByDoc(state, storeId, cpf);
    if (existing)
      throw unprocessable(
        `customer.cpf já cadastrado (cliente ${existing.id}); use PATCH /customers/${existing.id}.`,
        {
          field: 'customer.cpf',
        },
      );
    const now = Date.now();
    const customer: Customer = {
      id: state.next('customer'),
      storeId,
      record: {},
      createdAt: now,
      updatedAt: now,
    };
    applyInput(state, customer.record, { ...input, cpf });
    validateForBanks(state, storeId, customer, body.bank_validations);
    state.customers.push(customer);
    return c.json({ customer: customerJson(state, customer) });
  });

  app.get('/api/v1/customers/find', (c) => {
    const q = c.req.query();
    const doc = q.cpf ?? q.cnpj ?? q.cpf_cnpj;
    if (!doc) throw new ApiError(400, 'Informe cpf, cnpj ou cpf_cnpj para buscar o cliente.');
    const customer = findByDoc(state, c.get('storeId'), doc);
    if (!customer) throw recordNotFound('Customer');
    return c.json({ customer: customerJson(state, customer) });
  });

  app.get('/api/v1/customers', (c) => {
    const q = c.req.query();
    let list = state.customers.filter((x) => x.storeId === c.get('storeId'));
    if (q.cpf_cnpj) list = list.filter((x) => digits(x.record.cpf) === digits(q.cpf_cnpj));
    if (q.name)
      list = list.filter((x) =>
        String(x.record.name ?? '')
          .toLowerCase()
          .includes(String(q.name).toLowerCase()),
      );
    const sort = q.sort ?? 'created_at_desc';
    if (sort === 'created_at_desc') list = [...list].reverse();
    else if (sort === 'name_asc' || sort === 'name_desc')
      list = [...list].sort(
        (a, b) => (sort === 'name_asc' ? 1 : -1) * String(a.record.name).localeCompare(String(b.record.name)),
      );
    return c.json({
      customers: paginate(
        list.map((x) => customerJson(state, x)),
        q,
      ),
    });
  });

  app.get('/api/v1/customers/:id', (c) => {
    const customer = state.customers.find(
      (x) => x.id === Number(c.req.param('id')) && x.storeId === c.get('storeId'),
    );
    if (!customer) throw recordNotFound('Customer');
    return c.json({ customer: customerJson(state, customer) });
  });

  const update = async (c: Context<AppEnv>) => {
    const customer = state.customers.find(
      (x) => x.id === Number(c.req.param('id')) && x.storeId === c.get('storeId'),
    );
    if (!customer) throw recordNotFound('Customer');
    const body = await jsonBody(c);
    const input = rootObject(body, 'customer');
    if (input.cpf !== undefined && digits(input.cpf) !== digits(customer.record.cpf))
      throw unprocessable('customer.cpf não pode ser alterado.', { field: 'customer.cpf' });
    const draft: Customer = { ...customer, record: structuredClone(customer.record) };
    applyInput(state, draft.record, input);
    validateForBanks(state, customer.storeId, draft, body.bank_validations);
    customer.record = draft.record;
    customer.updatedAt = Date.now();
    return c.json({ customer: customerJson(state, customer) });
  };
  app.patch('/api/v1/customers/:id', update);
  app.put('/api/v1/customers/:id', update);
};
