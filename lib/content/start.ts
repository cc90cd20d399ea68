import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ButtonUi, createButton, HOST_ATTR, placeHost } from '@/components/content/button';
import { isVisible } from '../dom/visible';
import { DEFAULT_MESSAGES } from '../errors';
import { t } from '../i18n/t';
import { sendMessage } from '../messaging/client';
import { type ContentReply, isContentRequest } from '../screens/content-messages';
import { harvestField } from '../screens/harvest-screen';
import { fieldScope, queryFirst, screenMarker, urlMatches } from '../screens/match';
import { currentFingerprint, diagnoseFields, readField, readSnapshot } from '../screens/read-screen';
import { screensStrings as s } from '../screens/strings';
import type {
  DiagnosticReport,
  FillReport,
  HarvestResult,
  ScreenProfile,
  ScreenSnapshot,
} from '../screens/types';
import { ScreenChangedError, type UndoEntry, undoWrite, writeProposal } from '../screens/write-screen';
import { type ContentPingReply, isContentPing } from './messages';

const fail = (
  code: 'SCREEN_NOT_FOUND' | 'SCREEN_CHANGED' | 'WRITE_FAILED',
  message?: string,
): ContentReply<never> => ({
  ok: false,
  error: { code, message: message ?? DEFAULT_MESSAGES[code] },
});

/** A worker idles out after ~30 s: waking it more often than this buys nothing. */
const WAKE_EVERY_MS = 20_000;

/**
 * One frame's bridge to a DMS screen: detects the profile's screen with a MutationObserver,
 * keeps the button mounted (idempotently) while it shows, reads and writes on request.
 */
class ScreenBridge {
  private active: ScreenProfile | null = null;
  private marker: Element | null = null;
  private ui: ButtonUi | null = null;
  private undo: UndoEntry[] = [];
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private busy = false;
  /** Atendimento last announced to the background from this frame. */
  private announced: string | null = null;
  private wokenAt = 0;

  constructor(private readonly profiles: ScreenProfile[]) {}

  start(): void {
    this.check();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.ui?.host.remove();
    this.ui = null;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.scheduled) return;
    // Cheap path for busy pages: while our button and the marker are in place, only an
    // attribute change on the marker or one of its ancestors (a tab switch) can matter.
    if (this.ui?.host.isConnected && this.marker?.isConnected) {
      const marker = this.marker;
      const relevant = records.some(
        (r) => r.type === 'attributes' && r.target instanceof Element && r.target.contains(marker),
      );
      if (!relevant) return;
    }
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.check();
    });
  }

  /** Finds which profile's screen shows now and mounts or removes the button accordingly. */
  check(): void {
    let found: { profile: ScreenProfile; marker: Element } | null = null;
    for (const profile of this.profiles) {
      const marker = screenMarker(profile, document);
      if (marker) {
        found = { profile, marker };
        break;
      }
    }
    if (!found) {
      this.active = null;
      this.marker = null;
      this.ui?.host.remove();
      return;
    }
    if (this.active && this.active.id !== found.profile.id) this.undo = [];
    this.active = found.profile;
    this.marker = found.marker;
    const anchor = queryFirst(document, found.profile.anchor.locators, true);
    if (!anchor) return;
    if (this.ui?.host.isConnected && anchor.contains(this.ui.host)) return;
    // A postback may have swapped the panel while we were not looking: drop stale copies.
    for (const stale of document.querySelectorAll(`[${HOST_ATTR}]`)) stale.remove();
    this.ui ??= createButton(
      { label: t(s.button), title: t(s.buttonTitle), undo: t(s.undo), undoTitle: t(s.undoTitle) },
      {
        onClick: () => void this.requestSimulation(),
        onUndo: () => void this.runUndo(),
        onIntent: () => this.wakeBackground(),
      },
    );
    this.ui.showUndo(this.undo.length > 0);
    placeHost(this.ui.host, anchor, found.profile.anchor.position);
    this.announceAtendimento(found.profile, found.marker);
  }

  /**
   * Tells the background, once per atendimento shown in this frame, which atendimento is on
   * screen: a proposal created while this screen was closed can then be re-applied here.
   */
  private announceAtendimento(profile: ScreenProfile, marker: Element): void {
    // Runs on every remount (a postback swaps the panel): read only the atendimento field,
    // and the identifying ones only when it is a new atendimento.
    const spec = profile.fields.atendimentoId;
    const value = spec ? readField(fieldScope(profile, document, marker), 'atendimentoId', spec).value : null;
    const atendimento = value === null ? '' : String(value);
    if (!atendimento || atendimento === this.announced) return;
    const fingerprint = currentFingerprint(profile, document, location.href);
    if (!fingerprint) return;
    this.announced = atendimento;
    void sendMessage('simulation.atendimentoOnScreen', { atendimento, fingerprint }).then((result) => {
      const first = result.ok ? result.data.pending[0] : undefined;
      if (first && this.announced === atendimento) this.ui?.setStatus(t(s.pendingProposal, first.proposalId));
    });
  }

  private current(): ScreenProfile | null {
    this.check();
    return this.active;
  }

  snapshot(): ScreenSnapshot | null {
    const profile = this.current();
    return profile ? readSnapshot(profile, document, location.href) : null;
  }

  /** A ping wakes an idle service worker, so the click that follows finds it running. */
  private wakeBackground(): void {
    const now = Date.now();
    if (now - this.wokenAt < WAKE_EVERY_MS) return;
    this.wokenAt = now;
    void sendMessage('system.ping', { text: 'wake' });
  }

  private async requestSimulation(): Promise<void> {
    if (!this.ui || this.busy) return;
    const ui = this.ui;
    const snapshot = this.snapshot();
    if (!snapshot) {
      ui.setStatus(t(s.notShowing), 'error');
      return;
    }
    this.busy = true;
    ui.setBusy(true);
    ui.setStatus(t(s.reading));
    const result = await sendMessage('screens.requestSimulation', { snapshot });
    this.busy = false;
    ui.setBusy(false);
    if (result.ok) ui.setStatus(t(s.opened), 'ok');
    else ui.setStatus(result.error.message, 'error');
  }

  async apply(
    values: Parameters<typeof writeProposal>[3],
    fingerprint: string,
  ): Promise<ContentReply<FillReport>> {
    const profile = this.current();
    if (!profile) return fail('SCREEN_NOT_FOUND');
    try {
      const { report, undo } = await writeProposal(profile, document, location.href, values, fingerprint);
      this.undo = undo;
      this.check();
      this.ui?.showUndo(undo.length > 0);
      const problems = report.fields.filter((f) => f.status === 'failed').length;
      const filled = report.fields.filter((f) => f.status === 'filled').length;
      this.ui?.setStatus(
        problems ? t(s.filledWithProblems, problems) : t(s.filled, filled),
        problems ? 'error' : 'ok',
      );
      return { ok: true, data: report };
    } catch (error) {
      if (error instanceof ScreenChangedError) {
        this.ui?.setStatus(DEFAULT_MESSAGES.SCREEN_CHANGED, 'error');
        return fail('SCREEN_CHANGED');
      }
      return fail('WRITE_FAILED');
    }
  }

  async runUndo(): Promise<ContentReply<{ fields: Awaited<ReturnType<typeof undoWrite>> }>> {
    const profile = this.current();
    if (!profile) return fail('SCREEN_NOT_FOUND');
    if (this.undo.length === 0) return { ok: true, data: { fields: [] } };
    const entries = this.undo;
    this.undo = [];
    const fields = await undoWrite(profile, document, entries);
    this.check();
    this.ui?.showUndo(false);
    this.ui?.setStatus(t(s.undone), 'ok');
    return { ok: true, data: { fields } };
  }

  harvest(): ContentReply<HarvestResult> {
    const profile = this.current();
    const marker = profile ? screenMarker(profile, document) : null;
    if (!profile || !marker) return fail('SCREEN_NOT_FOUND');
    const scope = fieldScope(profile, document, marker);
    return {
      ok: true,
      data: {
        url: location.href,
        profileId: profile.id,
        lojas: harvestField(scope, profile, 'lojaCode'),
        financeiras: harvestField(scope, profile, 'financeira'),
        profissoes: harvestField(scope, profile, 'customerProfessionCode'),
      },
    };
  }
}

/** Diagnostic for admins: what a profile (the active one, or a draft under test) sees here. */
function diagnose(profiles: ScreenProfile[], draft?: ScreenProfile): DiagnosticReport {
  const candidates = draft ? [draft] : profiles;
  const profile =
    candidates.find((p) => screenMarker(p, document)) ??
    candidates.find((p) => urlMatches(p, location.href)) ??
    null;
  const marker = profile ? screenMarker(profile, document) : null;
  const scope = profile ? fieldScope(profile, document, marker ?? document.documentElement) : null;
  return {
    url: location.href,
    isTopFrame: window === window.top,
    profileId: profile?.id ?? null,
    urlMatches: profile ? urlMatches(profile, location.href) : false,
    markerVisible: !!marker && isVisible(marker),
    anchorFound: !!profile && !!queryFirst(document, profile.anchor.locators, true),
    fields: profile && scope ? diagnoseFields(profile, marker ? scope : document) : [],
  };
}

/**
 * Entry of the DMS content script. Asks the background for the profiles matching this frame's
 * URL; with none, it only keeps a message listener (ping, diagnostics) and does nothing else.
 */
export function startDmsBridge(ctx: ContentScriptContext): void {
  let bridge: ScreenBridge | null = null;
  let profiles: ScreenProfile[] = [];
  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isContentPing(message)) {
      const reply: ContentPingReply = {
        ok: true,
        frameUrl: location.href,
        isTopFrame: window === window.top,
      };
      return Promise.resolve(reply);
    }
    if (!isContentRequest(message)) return undefined;
    switch (message.type) {
      case 'content.diagnose':
        return Promise.resolve({ ok: true, data: diagnose(profiles, message.profile) });
      case 'content.readSnapshot': {
        const snapshot = bridge?.snapshot();
        return Promise.resolve(snapshot ? { ok: true, data: snapshot } : fail('SCREEN_NOT_FOUND'));
      }
      case 'content.harvestOptions':
        return Promise.resolve(bridge ? bridge.harvest() : fail('SCREEN_NOT_FOUND'));
      case 'content.applyProposal':
        return bridge
          ? bridge.apply(message.values, message.fingerprint)
          : Promise.resolve(fail('SCREEN_NOT_FOUND'));
      case 'content.undo':
        return bridge ? bridge.runUndo() : Promise.resolve(fail('SCREEN_NOT_FOUND'));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    bridge?.stop();
  });
  void sendMessage('screens.getProfiles', {}).then((result) => {
    if (!result.ok || ctx.isInvalid) return;
    profiles = result.data.profiles as ScreenProfile[];
    if (profiles.length === 0) return;
    bridge = new ScreenBridge(profiles);
    bridge.start();
  });
}
