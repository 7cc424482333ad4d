import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { acceptAttribute, createBrowserPlatform } from '../../../renderer/platform/browser';
import type { BrowserEnvironment } from '../../../renderer/platform/browser';

/** Just the DOM bits web mode touches, built on Node's own EventTarget. */
class FakeElement extends EventTarget {
  type = '';
  accept = '';
  href = '';
  download = '';
  rel = '';
  style = { display: '' };
  files: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }[] | null = null;
  clicked = 0;
  removed = false;
  click() {
    this.clicked += 1;
  }
  remove() {
    this.removed = true;
  }
}

function environment() {
  const created: FakeElement[] = [];
  const appended: FakeElement[] = [];
  const documentEvents = new EventTarget();
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const later: (() => void)[] = [];
  const env = {
    document: {
      createElement: () => {
        const element = new FakeElement();
        created.push(element);
        return element;
      },
      body: { append: (node: FakeElement) => appended.push(node) },
      addEventListener: documentEvents.addEventListener.bind(documentEvents),
      removeEventListener: documentEvents.removeEventListener.bind(documentEvents),
    },
    url: {
      createObjectURL: (blob: Blob) => {
        const url = `blob:app/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    },
    print: vi.fn(),
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.7000.1 Safari/537.36',
    version: '0.1.0',
    later: (run: () => void) => later.push(run),
  };
  const platform = createBrowserPlatform(env as unknown as BrowserEnvironment);
  return { platform, created, appended, documentEvents, blobs, revoked, later, env };
}

describe('renderer/platform/browser saveFile', () => {
  it('downloads the data under the suggested name and revokes the object URL afterwards', async () => {
    const { platform, created, blobs, revoked, later } = environment();
    const saved = await platform.saveFile({
      suggestedName: 'audit.csv',
      data: 'seq,actor\n1,a\n',
      mimeType: 'text/csv',
    });
    expect(saved).toBe(true);
    const anchor = created[0];
    expect(anchor?.download).toBe('audit.csv');
    expect(anchor?.clicked).toBe(1);
    expect(anchor?.removed).toBe(true);
    const blob = blobs.get(anchor?.href ?? '');
    expect(blob?.type).toBe('text/csv');
    expect(await blob?.text()).toBe('seq,actor\n1,a\n');
    expect(revoked).toEqual([]);
    later.forEach((run) => run());
    expect(revoked).toEqual([anchor?.href]);
  });

  it('keeps binary data byte for byte', async () => {
    const { platform, created, blobs } = environment();
    await platform.saveFile({
      suggestedName: 'x.bin',
      data: new Uint8Array([0, 255, 7]),
      mimeType: 'application/octet-stream',
    });
    const blob = blobs.get(created[0]?.href ?? '');
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([0, 255, 7]);
  });
});

describe('renderer/platform/browser openFile', () => {
  it('opens through a hidden file input and returns the bytes', async () => {
    const { platform, created } = environment();
    const opening = platform.openFile({ filters: [{ name: 'CSV', extensions: ['CSV', 'txt'] }] });
    const input = created[0] as FakeElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,.txt');
    expect(input.clicked).toBe(1);
    input.files = [new File(['a,b\n1,2\n'], 'calls.csv')];
    input.dispatchEvent(new Event('change'));
    const opened = await opening;
    expect(opened?.name).toBe('calls.csv');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('a,b\n1,2\n');
    expect(input.removed).toBe(true);
  });

  it('resolves null on cancel and refuses files over the limit', async () => {
    const { platform, created } = environment();
    const cancelled = platform.openFile();
    (created[0] as FakeElement).dispatchEvent(new Event('cancel'));
    expect(await cancelled).toBeNull();

    const tooBig = platform.openFile();
    const input = created[1] as FakeElement;
    input.files = [
      {
        name: 'huge.csv',
        size: MAX_FILE_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('unread')),
      },
    ];
    input.dispatchEvent(new Event('change'));
    await expect(tooBig).rejects.toThrow('huge.csv is 513 MB; Linchpin opens files up to 512 MB');
  });

  it('builds the accept attribute from filters, leaving it open for "*"', () => {
    expect(acceptAttribute(undefined)).toBe('');
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBe('');
    expect(acceptAttribute([{ name: 'Charts', extensions: ['graphml', 'gexf'] }])).toBe(
      '.graphml,.gexf',
    );
  });
});

describe('renderer/platform/browser events and info', () => {
  it('locks on the page lifecycle freeze event until unsubscribed, and prints with the browser', async () => {
    const { platform, documentEvents, env } = environment();
    const onLock = vi.fn();
    const off = platform.onLock(onLock);
    documentEvents.dispatchEvent(new Event('freeze'));
    off();
    documentEvents.dispatchEvent(new Event('freeze'));
    expect(onLock.mock.calls).toEqual([['suspend']]);
    expect(await platform.printToPdf({ suggestedName: 'p.pdf' })).toBe(true);
    expect(env.print).toHaveBeenCalledTimes(1);
  });

  it('reports web mode in its app info', async () => {
    const { platform } = environment();
    expect(platform.kind).toBe('browser');
    expect(await platform.appInfo()).toMatchObject({
      platform: 'web',
      version: '0.1.0',
      chromeVersion: '156.0.7000.1',
    });
  });
});
