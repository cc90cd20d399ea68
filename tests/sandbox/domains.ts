/** Lead domains (/banks_api/domains) and customer domains (/domains). */
import { storeScoped } from './auth';
import type { RouteModule } from './context';
import { ApiError } from './errors';

const LEAD_TYPES = ['genders', 'occupations', 'professions'] as const;

export const registerDomains: RouteModule = (app, state) => {
  app.get('/api/v1/banks_api/domains', storeScoped(state), (c) => {
    const raw = c.req.query('types');
    const wanted = raw ? raw.split(',').map((t) => t.trim()) : [...LEAD_TYPES];
    const unknown = wanted.filter((t) => !(LEAD_TYPES as readonly string[]).includes(t));
    if (unknown.length)
      throw new ApiError(
        422,
        `types inválido: ${unknown.join(', ')}. Use genders, occupations ou professions.`,
      );
    const data: Record<string, unknown> = {};
    for (const type of wanted) data[type] = state.leadDomains[type as (typeof LEAD_TYPES)[number]];
    return c.json({ data });
  });

  // The SDK sends Store-Id here; the domains do not depend on it, so it stays optional.
  app.get('/api/v1/domains', (c) => {
    const raw = c.req.query('types');
    const all = state.customerDomains;
    if (!raw) return c.json(all);
    const out: Record<string, unknown> = {};
    for (const type of raw.split(',').map((t) => t.trim())) {
      if (!all[type]) throw new ApiError(422, `Domínio desconhecido: ${type}.`);
      out[type] = all[type];
    }
    return c.json(out);
  });
};
