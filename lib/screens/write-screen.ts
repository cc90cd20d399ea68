import { type FillOutcome, fillElement } from '../dom/fill';
import { highlight } from '../dom/highlight';
import { readRaw } from '../dom/read';
import { waitFor, waitForQuiet } from '../dom/wait';
import { locate } from './locate';
import { fieldScope, screenMarker } from './match';
import { currentFingerprint, rawOf } from './read-screen';
import type {
  FieldFillReport,
  FieldKey,
  FieldSpec,
  FillReport,
  ProposalValues,
  ScreenProfile,
  WriteKey,
} from './types';
import { WRITE_KEYS } from './types';
import { formatFieldValue, sameValue } from './values';

const POSTBACK_TIMEOUT_MS = 8000;
const SETTLE_MS = 60;

export interface UndoEntry {
  key: WriteKey;
  /** What the control held before the write (display text, option code, radio value). */
  previous: string;
  postback: boolean;
}

export interface WriteResult {
  report: FillReport;
  undo: UndoEntry[];
}

export class ScreenChangedError extends Error {
  constructor() {
    super('SCREEN_CHANGED');
  }
}

interface WriteContext {
  profile: ScreenProfile;
  doc: Document;
}

function scopeNow({ profile, doc }: WriteContext): ParentNode | null {
  const marker = screenMarker(profile, doc);
  return marker ? fieldScope(profile, doc, marker) : null;
}

/** Writes one control and, when it posts back, waits (bounded) for the panel to come back. */
async function writeOne(
  ctx: WriteContext,
  spec: FieldSpec,
  text: string,
  selectBy: 'code' | 'text' = spec.kind === 'selectByText' ? 'text' : 'code',
): Promise<{ outcome: FillOutcome | null; el: Element | null; timedOut: boolean }> {
  const scope = scopeNow(ctx);
  const located = scope ? locate(scope, spec.locators) : null;
  if (!located?.ok) return { outcome: null, el: null, timedOut: false };
  const el = located.el;
  const outcome = fillElement(el, {
    value: text,
    events: spec.events,
    selectBy,
  });
  let timedOut = false;
  if (outcome.status === 'filled' && spec.postback) {
    // The UpdatePanel is replaced: wait until the control is gone and found again.
    const back = await waitFor(
      () => {
        if (el.isConnected) return null;
        const fresh = scopeNow(ctx);
        const again = fresh ? locate(fresh, spec.locators) : null;
        return again?.ok ? again.el : null;
      },
      { root: ctx.doc, timeoutMs: POSTBACK_TIMEOUT_MS },
    );
    timedOut = back === null;
    if (!timedOut) await waitForQuiet(ctx.doc, SETTLE_MS, 1000);
  }
  return { outcome, el, timedOut };
}

function fieldReport(
  field: FieldKey,
  status: FieldFillReport['status'],
  reason?: string,
  actual?: string,
): FieldFillReport {
  // pt-BR messages are added by the background (lib/screens/apply.ts): text costs the content script bytes.
  return { field, status, reason, actual };
}

/**
 * Writes a proposal into the screen: refuses (ScreenChangedError) when the screen or the
 * atendimento is not the one that was read; writes in the profile's order, one postback
 * field at a time; verifies each value by reading it back; reports per field.
 */
export async function writeProposal(
  profile: ScreenProfile,
  doc: Document,
  href: string,
  values: ProposalValues,
  expectedFingerprint: string,
): Promise<WriteResult> {
  if (currentFingerprint(profile, doc, href) !== expectedFingerprint) throw new ScreenChangedError();
  const ctx = { profile, doc };
  const order = (profile.writeOrder ?? [...WRITE_KEYS]).filter((key) => values[key] !== undefined);
  for (const key of Object.keys(values) as WriteKey[]) if (!order.includes(key)) order.push(key);
  const reports: FieldFillReport[] = [];
  const undo: UndoEntry[] = [];
  const written: { key: WriteKey; spec: FieldSpec; value: string | number }[] = [];
  // What the screen showed before ANY write: a postback (Financeira) resets later fields.
  const originals = new Map<WriteKey, string>();
  const before = scopeNow(ctx);
  for (const key of order) {
    const spec = profile.fields[key];
    const located = spec && before ? locate(before, spec.locators) : null;
    if (located?.ok) originals.set(key, readRaw(located.el));
  }
  for (const key of order) {
    const value = values[key]!;
    const spec = profile.fields[key];
    if (!spec) {
      reports.push(fieldReport(key, 'skipped', 'not-found'));
      continue;
    }
    if (!spec.writable) {
      reports.push(fieldReport(key, 'skipped', 'not-writable'));
      continue;
    }
    const { outcome, timedOut } = await writeOne(ctx, spec, formatFieldValue(value, spec));
    if (!outcome) {
      reports.push(fieldReport(key, 'failed', 'not-found'));
      continue;
    }
    if (outcome.status === 'skipped' || outcome.status === 'failed') {
      reports.push(fieldReport(key, outcome.status, outcome.reason, outcome.previous));
      continue;
    }
    if (outcome.status === 'filled') {
      undo.push({ key, previous: originals.get(key) ?? outcome.previous, postback: !!spec.postback });
    }
    if (timedOut) {
      reports.push(fieldReport(key, 'failed', 'timeout'));
      continue;
    }
    written.push({ key, spec, value });
    reports.push(fieldReport(key, outcome.status));
  }
  // Read back after everything settled: later writes and recalculation may overwrite earlier ones.
  const scope = scopeNow(ctx);
  const filledEls: Element[] = [];
  for (const { key, spec, value } of written) {
    const report = reports.find((r) => r.field === key)!;
    const located = scope ? locate(scope, spec.locators) : null;
    if (!located?.ok) {
      Object.assign(report, fieldReport(key, 'failed', 'not-found'));
      continue;
    }
    const actual = rawOf(located.el, spec);
    report.actual = actual;
    if (!sameValue(value, actual, spec))
      Object.assign(report, fieldReport(key, 'failed', 'mismatch', actual));
    else if (report.status === 'filled') filledEls.push(located.el);
  }
  highlight(filledEls);
  const fingerprint = currentFingerprint(profile, doc, href) ?? expectedFingerprint;
  return {
    report: {
      ok: reports.every((r) => r.status !== 'failed'),
      fingerprint,
      fields: reports,
      canUndo: undo.length > 0,
    },
    undo,
  };
}

/** Puts back what a write replaced (postback fields first, as they were written first). */
export async function undoWrite(
  profile: ScreenProfile,
  doc: Document,
  entries: UndoEntry[],
): Promise<FieldFillReport[]> {
  const ctx = { profile, doc };
  const reports: FieldFillReport[] = [];
  const ordered = [...entries.filter((e) => e.postback), ...entries.filter((e) => !e.postback)];
  for (const entry of ordered) {
    const spec = profile.fields[entry.key]!;
    // Raw previous text goes back as it was, so the kind's formatting is bypassed.
    const { outcome, timedOut } = await writeOne(ctx, spec, entry.previous, 'code');
    if (!outcome) reports.push(fieldReport(entry.key, 'failed', 'not-found'));
    else if (timedOut) reports.push(fieldReport(entry.key, 'failed', 'timeout'));
    else
      reports.push(fieldReport(entry.key, outcome.status, 'reason' in outcome ? outcome.reason : undefined));
  }
  return reports;
}
