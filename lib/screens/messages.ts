import { z } from 'zod';
import { defineMessages, type SenderKind } from '../messaging/define';
import { effectiveProfileSchema } from './profile-schema';
import {
  diagnosticReportSchema,
  fieldFillReportSchema,
  fillReportSchema,
  harvestResultSchema,
  proposalValuesSchema,
  screenSnapshotSchema,
} from './snapshot-schema';

const CONTENT: readonly SenderKind[] = ['content'];
const OPTIONS: readonly SenderKind[] = ['options'];
const SIMULATION: readonly SenderKind[] = ['simulation'];
const ADMIN_PAGES: readonly SenderKind[] = ['options', 'popup'];
const READERS: readonly SenderKind[] = ['simulation', 'popup', 'options'];

const tabFrame = { tabId: z.number().int().min(0), frameId: z.number().int().min(0) };

export const screensMessages = defineMessages({
  /** Content script at start: the profiles matching its frame URL (empty = do nothing). */
  'screens.getProfiles': {
    request: z.object({}),
    response: z.object({ profiles: z.array(effectiveProfileSchema) }),
    from: CONTENT,
  },
  /** The salesperson clicked "Simulação CREDERE": store the reading, open/focus the window. */
  'screens.requestSimulation': {
    request: z.object({ snapshot: screenSnapshotSchema }),
    response: z.object({ windowId: z.number().int(), reused: z.boolean() }),
    from: CONTENT,
  },
  /** The simulation window reads the snapshot of its tab+frame. */
  'screens.getSnapshot': {
    request: z.object(tabFrame),
    response: z.object({ snapshot: screenSnapshotSchema, storedAt: z.number() }),
    from: READERS,
  },
  'screens.applyProposal': {
    request: z.object({ ...tabFrame, values: proposalValuesSchema, fingerprint: z.string().min(1).max(200) }),
    response: fillReportSchema,
    from: SIMULATION,
  },
  'screens.undo': {
    request: z.object(tabFrame),
    response: z.object({ fields: z.array(fieldFillReportSchema) }),
    from: SIMULATION,
  },
  'screens.listProfiles': {
    request: z.object({}),
    response: z.object({
      profiles: z.array(effectiveProfileSchema),
      shippedIds: z.array(z.string()),
    }),
    from: OPTIONS,
  },
  /** Validates (pt-BR errors naming the path) and stores an admin profile. */
  'screens.saveProfile': {
    request: z.object({ profile: z.unknown() }),
    response: z.object({ id: z.string() }),
    from: OPTIONS,
  },
  'screens.deleteProfile': {
    request: z.object({ id: z.string().min(1).max(64) }),
    response: z.object({ deleted: z.boolean() }),
    from: OPTIONS,
  },
  'screens.importProfiles': {
    request: z.object({ profiles: z.array(z.unknown()).max(100) }),
    response: z.object({ saved: z.array(z.string()) }),
    from: OPTIONS,
  },
  'screens.listDmsTabs': {
    request: z.object({}),
    response: z.object({
      tabs: z.array(z.object({ tabId: z.number().int(), title: z.string(), url: z.string() })),
    }),
    from: ADMIN_PAGES,
  },
  /** Diagnostic: per frame of the tab, what the active profile (or a draft) finds and reads. */
  'screens.diagnose': {
    request: z.object({ tabId: z.number().int().min(0), profile: z.unknown().optional() }),
    response: z.object({
      frames: z.array(diagnosticReportSchema.extend({ frameId: z.number().int() })),
    }),
    from: ADMIN_PAGES,
  },
  'screens.harvestOptions': {
    request: z.object({ tabId: z.number().int().min(0) }),
    response: harvestResultSchema.extend({ frameId: z.number().int() }),
    from: OPTIONS,
  },
});
