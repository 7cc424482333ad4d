import { z } from 'zod';
import { classificationSchema } from '../model/classification';
import { INVOKE_CHANNELS, VAULT_SIDE_SLOTS } from './channels';
import type { InvokeChannel } from './channels';

/**
 * The IPC contract: for each invoke channel, the zod schema of its one argument (checked at run
 * time in the main process) and the TypeScript type of what it returns.
 */

/** The largest file the app opens or writes: a large call-data export fits, a disk image does not. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
export const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024);

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(
        z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'An extension is letters and digits only.'),
      )
      .min(1)
      .max(20),
  })
  .strict();

/** A bare file name: the main process decides the folder, the renderer never names a path. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'A suggested file name cannot contain a folder.',
  });

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Expected file bytes.' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, {
    message: `Files larger than ${MAX_FILE_MEGABYTES} MB cannot be saved.`,
  });

export const openFileArgsSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilterSchema).max(20).optional(),
  })
  .strict();

export const saveFileArgsSchema = z
  .object({
    suggestedName: fileNameSchema,
    data: z.union([bytesSchema, z.string().max(MAX_FILE_BYTES)]),
    filters: z.array(fileFilterSchema).max(20).optional(),
  })
  .strict();

export const PAGE_SIZES = ['A4', 'A3', 'Letter', 'Legal'] as const;
export const MARGIN_TYPES = ['default', 'none', 'minimum'] as const;

export const printToPdfArgsSchema = z
  .object({
    suggestedName: fileNameSchema,
    options: z
      .object({
        landscape: z.boolean().optional(),
        pageSize: z.enum(PAGE_SIZES).optional(),
        marginsType: z.enum(MARGIN_TYPES).optional(),
        /** Printed at the top and bottom of every page by Chromium's header and footer. */
        marking: classificationSchema.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/** A side text is small: a few hundred bytes in practice; 64 kB is a generous ceiling. */
export const MAX_SIDE_TEXT = 64 * 1024;

export const vaultSideReadArgsSchema = z.object({ slot: z.enum(VAULT_SIDE_SLOTS) }).strict();
export const vaultSideWriteArgsSchema = z
  .object({
    slot: z.enum(VAULT_SIDE_SLOTS),
    /** null removes the slot's file. */
    text: z.string().max(MAX_SIDE_TEXT).nullable(),
  })
  .strict();

export const IPC_ARG_SCHEMAS = {
  [INVOKE_CHANNELS.appInfo]: z.undefined(),
  [INVOKE_CHANNELS.openFile]: openFileArgsSchema,
  [INVOKE_CHANNELS.saveFile]: saveFileArgsSchema,
  [INVOKE_CHANNELS.printToPdf]: printToPdfArgsSchema,
  [INVOKE_CHANNELS.vaultSideRead]: vaultSideReadArgsSchema,
  [INVOKE_CHANNELS.vaultSideWrite]: vaultSideWriteArgsSchema,
} as const satisfies Record<InvokeChannel, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  electronVersion: string;
  chromeVersion: string;
  packaged: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

export interface IpcReturns {
  [INVOKE_CHANNELS.appInfo]: AppInfo;
  [INVOKE_CHANNELS.openFile]: OpenedFile | null;
  [INVOKE_CHANNELS.saveFile]: SaveFileResult;
  [INVOKE_CHANNELS.printToPdf]: SaveFileResult;
  [INVOKE_CHANNELS.vaultSideRead]: string | null;
  [INVOKE_CHANNELS.vaultSideWrite]: void;
}

/** What the renderer passes (defaults not yet applied). */
export type IpcArgs<C extends InvokeChannel> = z.input<(typeof IPC_ARG_SCHEMAS)[C]>;
/** What a main-process handler receives after validation. */
export type IpcValidArgs<C extends InvokeChannel> = z.output<(typeof IPC_ARG_SCHEMAS)[C]>;

export type OpenFileArgs = IpcArgs<typeof INVOKE_CHANNELS.openFile>;
export type SaveFileArgs = IpcArgs<typeof INVOKE_CHANNELS.saveFile>;
export type PrintToPdfArgs = IpcArgs<typeof INVOKE_CHANNELS.printToPdf>;
export type VaultSideReadArgs = IpcArgs<typeof INVOKE_CHANNELS.vaultSideRead>;
export type VaultSideWriteArgs = IpcArgs<typeof INVOKE_CHANNELS.vaultSideWrite>;
export type FileFilter = z.infer<typeof fileFilterSchema>;
