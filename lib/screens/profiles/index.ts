import type { ScreenProfile } from '../types';
import { fluxoAvancadoProfile } from './fluxo-avancado';
import { gestaoShowroomProfile } from './gestao-showroom';
import { linxdmsVeiculosProfile } from './linxdms-veiculos';

/** Profiles shipped with the extension; admin and policy profiles with the same id replace them. */
export const SHIPPED_PROFILES: readonly ScreenProfile[] = [
  fluxoAvancadoProfile,
  gestaoShowroomProfile,
  linxdmsVeiculosProfile,
];
