import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  blockNetworkRequests,
  denyAllPermissions,
  hardenWebContents,
  installSecurityPolicy,
} from '../../../electron/security';
import { FakeWebContents } from './fake-electron';

vi.spyOn(console, 'warn').mockImplementation(() => undefined);

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('electron/security', () => {
  it('prevents navigation and redirects away from app://linchpin, but allows a reload inside it', () => {
    const contents = hardened();
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
    ]) {
      const event = navigation(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
      const redirect = navigation(url);
      contents.emit('will-redirect', redirect);
      expect(redirect.preventDefault, url).toHaveBeenCalled();
    }
    const reload = navigation('app://linchpin/index.html');
    contents.emit('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open and blocks <webview>', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'app://linchpin/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({
      action: 'deny',
    });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('hardens every web contents as it is created', () => {
    const app = new EventEmitter();
    installSecurityPolicy(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeDefined();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('denies permission requests and checks', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...a: unknown[]
    ) => boolean;
    expect(check({}, 'media', 'app://linchpin', {})).toBe(false);
  });

  it('cancels every http, https and websocket request', () => {
    const onBeforeRequest = vi.fn();
    blockNetworkRequests({ webRequest: { onBeforeRequest } } as unknown as Session);
    const [filter, listener] = onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    const callback = vi.fn();
    listener({ url: 'https://tiles.example.org/1/2/3.png' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
