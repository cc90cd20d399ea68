/**
 * Zod schemas of what the background sends to the simulation window and the popup. The router
 * parses every response with them, so a handler cannot leak a field they do not declare.
 */
import { z } from 'zod';
import { FORM_FIELD_KEYS } from './fields';
import { JOURNAL_STATUSES } from './types';

const fieldKey = z.enum(FORM_FIELD_KEYS);
const formValues = z.partialRecord(fieldKey, z.string());
const selectOptions = z.partialRecord(fieldKey, z.array(z.object({ value: z.string(), label: z.string() })));
const error = z.object({ code: z.string(), message: z.string(), field: z.string().optional() });
const proposal = z.object({
  id: z.string(),
  state: z.string().nullable(),
  bankCode: z.string().nullable(),
  bankProposalId: z.string().nullable(),
});

export const offerSchema = z.object({
  conditionId: z.string(),
  bankCode: z.string(),
  bankName: z.string(),
  status: z.enum(['pending', 'available', 'rejected', 'failed']),
  installments: z.number().nullable(),
  downPaymentCents: z.number().nullable(),
  financedAmountCents: z.number().nullable(),
  installmentCents: z.number().nullable(),
  interestMonthly: z.number().nullable(),
  cetMonthly: z.number().nullable(),
  cetAnnually: z.number().nullable(),
  totalPaidCents: z.number().nullable(),
  coefficient: z.number().nullable(),
  retorno: z.string().nullable(),
  preApprovalStatus: z.number().nullable(),
  bankSuggested: z.boolean(),
  reason: z.string().nullable(),
  reasonIdentifier: z.string().nullable(),
});

/** Requirements as CREDERE sent them: field → bank codes, nested one level for the address. */
const requirementValue: z.ZodType<unknown> = z.union([
  z.array(z.string()),
  z.record(z.string(), z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))])),
]);

export const sessionViewSchema = z.object({
  entryId: z.string(),
  status: z.enum(JOURNAL_STATUSES),
  atendimento: z.string(),
  tabId: z.number(),
  frameId: z.number(),
  summary: z.object({
    customerName: z.string().nullable(),
    customerCpf: z.string().nullable(),
    vehicle: z.string().nullable(),
    vehicleYears: z.string().nullable(),
    vehicleValueCents: z.number().nullable(),
    fipeCode: z.string().nullable(),
    zeroKm: z.boolean().nullable(),
    storeName: z.string().nullable(),
    storeCode: z.string().nullable(),
    sellerCode: z.string().nullable(),
  }),
  banks: z.array(z.object({ code: z.string(), name: z.string() })),
  requirements: z.record(z.string(), requirementValue),
  known: formValues,
  options: selectOptions,
  request: z.object({
    bankCodes: z.array(z.string()),
    terms: z.array(z.number()),
    downPaymentCents: z.number(),
  }),
  offers: z.array(offerSchema),
  progress: z.object({
    banksTotal: z.number(),
    banksResponded: z.number(),
    conditionsTotal: z.number(),
    conditionsDone: z.number(),
    done: z.boolean(),
  }),
  timedOutBanks: z.array(z.string()),
  chosenConditionId: z.string().nullable(),
  proposal: proposal.nullable(),
  writeBack: z.object({
    status: z.enum(['applied', 'pending', 'none']),
    fields: z.array(z.object({ field: z.string(), status: z.string(), message: z.string().optional() })),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
  error: error.nullable(),
  nextPollInMs: z.number().nullable(),
});

export const loadResultSchema = z.discriminatedUnion('ready', [
  z.object({ ready: z.literal(true), view: sessionViewSchema }),
  z.object({
    ready: z.literal(false),
    failures: z.array(
      z.object({
        check: z.enum(['autorizacao', 'loja', 'bancos', 'profissao']),
        message: z.string(),
        link: z.string(),
      }),
    ),
  }),
]);

export const customerFormViewSchema = z.object({
  entryId: z.string(),
  conditionId: z.string(),
  bankCode: z.string(),
  required: z.array(z.tuple([fieldKey, z.array(z.string())])),
  known: formValues,
  options: selectOptions,
  existingCustomer: z.boolean(),
});

export const pendingItemSchema = z.object({
  entryId: z.string(),
  atendimento: z.string(),
  proposalId: z.string(),
  bankCode: z.string().nullable(),
  updatedAt: z.number(),
  error: z.string().nullable(),
});
