/** Vehicle catalogue: FIPE ↔ Molicar ↔ CREDERE model id triples. */
import type { RouteModule } from './context';
import { recordNotFound } from './errors';
import type { SeedVehicleModel } from './seed';
import type { SandboxState } from './state';
import { paginate, slugify } from './util';

export function vehicleModelJson(v: SeedVehicleModel) {
  return {
    object_type: 'VehicleModel',
    id: v.id,
    name: `${v.model_name} ${v.version}`,
    brand: v.brand,
    model_name: v.model_name,
    version: v.version,
    fipe_code: v.fipe_code,
    molicar_code: v.molicar_code,
    year_start: v.year_start,
    year_end: v.year_end,
    active: true,
    available: true,
    category: { id: slugify(v.category).length, name: v.category },
    fuel_type: { id: v.fuel === 'Flex' ? 4 : 1, name: v.fuel },
  };
}

export function findVehicle(state: SandboxState, by: { molicar?: string | null; modelId?: number | null }) {
  if (by.molicar) return state.vehicleModels.find((v) => v.molicar_code === by.molicar);
  if (by.modelId) return state.vehicleModels.find((v) => v.id === by.modelId);
  return undefined;
}

export const registerVehicles: RouteModule = (app, state) => {
  app.get('/api/v1/vehicle_models', (c) => {
    const q = c.req.query();
    const yearLe = q.year_start_less_than_or_equal_to ? Number(q.year_start_less_than_or_equal_to) : null;
    const yearGe = q.year_end_greater_than_or_equal_to ? Number(q.year_end_greater_than_or_equal_to) : null;
    const list = state.vehicleModels.filter(
      (v) =>
        (!q.fipe_code || v.fipe_code === q.fipe_code) &&
        (!q.molicar_code || v.molicar_code === q.molicar_code) &&
        (!q.brand || v.brand.toLowerCase() === q.brand.toLowerCase()) &&
        (yearLe === null || v.year_start <= yearLe) &&
        (yearGe === null || v.year_end >= yearGe),
    );
    return c.json({ vehicle_models: paginate(list.map(vehicleModelJson), q) });
  });

  app.get('/api/v1/vehicle_models/search', (c) => {
    const q = c.req.query();
    const terms = slugify(q.q ?? '')
      .split('_')
      .filter((t) => t.length > 0);
    const year = Number(q.model_year ?? q.manufacture_year ?? '') || null;
    let best: { v: SeedVehicleModel; score: number } | null = null;
    for (const v of state.vehicleModels) {
      if (year !== null && (year < v.year_start || year > v.year_end + 1)) continue;
      const hay = new Set(slugify(`${v.brand} ${v.model_name} ${v.version}`).split('_'));
      const score = terms.filter((t) => hay.has(t)).length;
      if (score > 0 && (!best || score > best.score)) best = { v, score };
    }
    if (!best) throw recordNotFound('VehicleModel');
    return c.json({ vehicle_model: vehicleModelJson(best.v) });
  });

  app.get('/api/v1/vehicle_models/:id', (c) => {
    const v = state.vehicleModels.find((m) => m.id === Number(c.req.param('id')));
    if (!v) throw recordNotFound('VehicleModel');
    return c.json({ vehicle_model: vehicleModelJson(v) });
  });
};
