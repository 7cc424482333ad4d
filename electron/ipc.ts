import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { InvokeChannel } from '../shared/ipc/channels';
import { IPC_ARG_SCHEMAS } from '../shared/ipc/contract';
import type { IpcReturns, IpcValidArgs } from '../shared/ipc/contract';
import { isTrustedSender } from './sender';

export type IpcHandler<C extends InvokeChannel> = (
  args: IpcValidArgs<C>,
  event: IpcMainInvokeEvent,
  window: BrowserWindow,
) => Promise<IpcReturns[C]> | IpcReturns[C];

export type IpcHandlers = { [C in InvokeChannel]: IpcHandler<C> };

/**
 * Registers one channel: the sender is checked first, then the argument is parsed with the
 * contract's schema, and only then does the handler run.
 */
export function handleChannel<C extends InvokeChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  getWindow: () => BrowserWindow | null,
  handler: IpcHandler<C>,
): void {
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    const window = getWindow();
    if (!window || !isTrustedSender(event, window)) {
      console.warn(
        `[ipc] dropped ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`,
      );
      throw new Error('Linchpin refused a request that did not come from its own window.');
    }
    if (raw.length > 1) throw new Error(`Linchpin refused a malformed request (${channel}).`);
    const parsed = IPC_ARG_SCHEMAS[channel].safeParse(raw[0]);
    if (!parsed.success) {
      console.warn(`[ipc] invalid ${channel}: ${z.prettifyError(parsed.error)}`);
      throw new Error(
        `Linchpin refused a malformed request (${channel}): ${firstIssue(parsed.error)}`,
      );
    }
    return handler(parsed.data as IpcValidArgs<C>, event, window);
  });
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  getWindow: () => BrowserWindow | null,
  handlers: IpcHandlers,
): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    registerOne(ipcMain, channel, getWindow, handlers);
  }
}

function registerOne<C extends InvokeChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  getWindow: () => BrowserWindow | null,
  handlers: IpcHandlers,
): void {
  handleChannel(ipcMain, channel, getWindow, handlers[channel]);
}
