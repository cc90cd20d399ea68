import { describe, expect, it } from 'vitest';
import { classifySender, createMessageRouter } from '../../../lib/messaging/router';

const ID = 'lnnkbpfghhmdmheogongdnblomoaeecl';
const page = (name: string) => ({ id: ID, url: `chrome-extension://${ID}/${name}` });
const content = { id: ID, url: 'http://127.0.0.1:4020/LinxDMS/x.aspx', tab: { id: 7 }, frameId: 3 };

describe('classifySender', () => {
  it('recognises the extension pages by path', () => {
    expect(classifySender(page('options.html'), ID)).toBe('options');
    expect(classifySender(page('simulation.html'), ID)).toBe('simulation');
    expect(classifySender(page('popup.html'), ID)).toBe('popup');
  });

  it('recognises a content script by its tab and web URL', () => {
    expect(classifySender(content, ID)).toBe('content');
  });

  it('refuses other extensions, unknown pages and tab-less web senders', () => {
    expect(classifySender({ ...content, id: 'otherextensionid' }, ID)).toBeNull();
    expect(classifySender(page('unknown.html'), ID)).toBeNull();
    expect(classifySender({ id: ID, url: 'http://127.0.0.1/' }, ID)).toBeNull();
    expect(classifySender({}, ID)).toBeNull();
  });
});

describe('createMessageRouter', () => {
  it('runs the handler with the parsed payload and the sender kind', async () => {
    const handle = createMessageRouter(
      {
        'system.ping': ({ text }, { senderKind, tabId }) => ({
          reply: `${text}:${tabId}`,
          version: '1',
          sender: senderKind,
        }),
      },
      ID,
    );

    const actual = await handle({ type: 'system.ping', payload: { text: 'oi' } }, content);

    expect(actual).toEqual({ ok: true, data: { reply: 'oi:7', version: '1', sender: 'content' } });
  });

  it('refuses a sender that is not this extension before running anything', async () => {
    let ran = false;
    const handle = createMessageRouter(
      {
        'system.ping': () => {
          ran = true;
          return { reply: '', version: '', sender: '' };
        },
      },
      ID,
    );

    const actual = await handle({ type: 'system.ping', payload: { text: 'x' } }, { ...content, id: 'evil' });

    expect(actual).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(ran).toBe(false);
  });

  it('rejects unknown types and invalid payloads with BAD_MESSAGE naming the field', async () => {
    const handle = createMessageRouter({ 'system.ping': () => ({ reply: '', version: '', sender: '' }) }, ID);

    expect(await handle({ type: 'nope', payload: {} }, content)).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE' },
    });
    expect(await handle({ type: 'system.ping', payload: { text: 42 } }, content)).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE', field: 'text' },
    });
    expect(await handle('system.ping', content)).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE' } });
  });

  it('strips fields the response schema does not declare, so handlers cannot leak secrets', async () => {
    const handle = createMessageRouter(
      {
        'system.ping': () =>
          ({ reply: 'r', version: 'v', sender: 's', accessToken: 'secret-token' }) as unknown as {
            reply: string;
            version: string;
            sender: string;
          },
      },
      ID,
    );

    const actual = await handle({ type: 'system.ping', payload: { text: 'x' } }, page('options.html'));

    expect(JSON.stringify(actual)).not.toContain('secret-token');
  });

  it('turns a thrown AppError into error data and anything else into INTERNAL', async () => {
    const { AppError } = await import('../../../lib/errors');
    const failing = (error: unknown) =>
      createMessageRouter(
        {
          'system.ping': () => {
            throw error;
          },
        },
        ID,
      );

    expect(
      await failing(new AppError('TIMEOUT'))({ type: 'system.ping', payload: { text: 'x' } }, content),
    ).toMatchObject({
      ok: false,
      error: { code: 'TIMEOUT' },
    });
    expect(
      await failing(new Error('boom'))({ type: 'system.ping', payload: { text: 'x' } }, content),
    ).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
