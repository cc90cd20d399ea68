/** Stores, users/sellers and banks. */

import type { Context } from 'hono';
import { BANKS } from '../seed/world';
import { resolveStore, userStoreIds } from './auth';
import type { AppEnv, RouteModule } from './context';
import { ApiError, recordNotFound } from './errors';
import type { SeedStore, SeedUser } from './seed';
import type { SandboxState } from './state';
import { formatCpf, paginate, railsTime } from './util';

const SEED_TIME = Date.parse('2023-02-01T12:00:00Z');

export function storeJson(store: SeedStore) {
  return {
    object_type: 'Store',
    id: store.id,
    name: store.name,
    display_name: store.display_name,
    cnpj: store.cnpj,
    uf: store.uf,
    city: store.city,
    active: store.active,
    status: store.active ? 'active' : 'inactive',
    new_vehicle_sales: true,
    used_vehicle_sales: true,
    publish: true,
    public_api_identifier: `loja-${store.id}`,
    avatar: null,
    seller_can_send_proposal_to_bank: true,
    limit_fi_performance_visibility: false,
    limit_simulation_bank_visibility: false,
    created_at: railsTime(SEED_TIME),
    updated_at: railsTime(SEED_TIME),
  };
}

export function userJson(user: SeedUser) {
  return {
    object_type: 'User',
    id: user.id,
    name: user.name,
    email: user.email,
    cpf: user.cpf,
    formatted_cpf: formatCpf(user.cpf),
    active: true,
    status: 'active',
    role: user.role,
    store_ids: user.storeIds,
  };
}

export function bankJson(code: string) {
  const bank = BANKS.find((b) => b.code === code);
  if (!bank) return null;
  return {
    object_type: 'Bank',
    id: bank.credereId,
    name: bank.name,
    tradename: bank.tradename,
    febraban_code: bank.code,
    code: bank.code,
  };
}

export function sellersOf(state: SandboxState, storeId: number): SeedUser[] {
  return state.users.filter((u) => u.role === 'seller' && u.storeIds.includes(storeId));
}

export const registerCatalog: RouteModule = (app, state) => {
  app.get('/api/v1/stores', (c) => {
    const ids = userStoreIds(state, c.get('token').userId);
    const stores = state.stores.filter((s) => ids.includes(s.id)).map(storeJson);
    return c.json({ stores: paginate(stores, c.req.query()) });
  });

  app.get('/api/v1/stores/:id', (c) => {
    const id = resolveStore(state, c, c.req.param('id'), 'id da loja');
    return c.json({ store: storeJson(state.storeById(id)!) });
  });

  app.get('/api/v1/stores/:id/integrated_banks', (c) => {
    const id = resolveStore(state, c, c.req.param('id'), 'id da loja');
    const codes = state.integrated[id] ?? [];
    if (state.config.integratedBanksShape === 'integrated_banks') {
      return c.json({
        integrated_banks: paginate(
          codes.map((code, i) => ({
            id: id * 100 + i + 1,
            store_id: id,
            bank: bankJson(code),
            credentials_status: 'okay',
          })),
          c.req.query(),
        ),
      });
    }
    return c.json({
      banks: paginate(
        codes.map((code) => {
          const bank = bankJson(code)!;
          return { ...bank, bank_credential: { active: true, status: 'okay' } };
        }),
        c.req.query(),
      ),
    });
  });

  app.get('/api/v1/users/current', (c) => {
    const user = state.users.find((u) => u.id === c.get('token').userId);
    if (!user) throw recordNotFound('User');
    return c.json({ user: userJson(user) });
  });

  const sellersRoute = (c: Context<AppEnv>) => {
    const raw = c.req.query('store_id') ?? c.req.header('store-id');
    if (!raw)
      throw new ApiError(400, 'Parâmetro store_id ausente: informe a loja para listar os vendedores.');
    const storeId = resolveStore(state, c, raw, 'store_id');
    return c.json({ users: paginate(sellersOf(state, storeId).map(userJson), c.req.query()) });
  };
  app.get('/api/v1/users/proposals_filter_list', sellersRoute);
  app.get('/api/v1/users', sellersRoute);

  app.get('/api/v1/banks', (c) => {
    const banks = BANKS.map((b) => bankJson(b.code)!);
    return c.json({ banks: paginate(banks, c.req.query()) });
  });
};
