import { describe, expect, it } from 'vitest';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  IPC_ARG_SCHEMAS,
  isLockReason,
  isMenuCommandId,
  openFileArgsSchema,
  printToPdfArgsSchema,
  saveFileArgsSchema,
} from '../../../shared/ipc';

describe('shared/ipc contract', () => {
  it('has a schema for every invoke channel, and channel names are unique', () => {
    expect(Object.keys(IPC_ARG_SCHEMAS).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const names = [...Object.values(INVOKE_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('accepts well-formed requests', () => {
    expect(openFileArgsSchema.safeParse({}).success).toBe(true);
    expect(
      openFileArgsSchema.safeParse({
        title: 'Import',
        filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }],
      }).success,
    ).toBe(true);
    expect(
      saveFileArgsSchema.safeParse({ suggestedName: 'audit log.csv', data: 'a,b' }).success,
    ).toBe(true);
    expect(
      saveFileArgsSchema.safeParse({ suggestedName: 'x.lpn', data: new Uint8Array([1]) }).success,
    ).toBe(true);
    expect(
      printToPdfArgsSchema.parse({
        suggestedName: 'p',
        options: { landscape: true, pageSize: 'A3', marking: 'SECRET' },
      }),
    ).toEqual({
      suggestedName: 'p',
      options: { landscape: true, pageSize: 'A3', marking: 'SECRET' },
    });
  });

  it('refuses paths, unknown fields, free-text markings and wrong types', () => {
    const refused = [
      saveFileArgsSchema.safeParse({ suggestedName: '/etc/passwd', data: 'x' }),
      saveFileArgsSchema.safeParse({ suggestedName: '..\\boot.ini', data: 'x' }),
      saveFileArgsSchema.safeParse({ suggestedName: '..', data: 'x' }),
      saveFileArgsSchema.safeParse({ suggestedName: '', data: 'x' }),
      saveFileArgsSchema.safeParse({ suggestedName: 'a', data: [1, 2, 3] }),
      saveFileArgsSchema.safeParse({ suggestedName: 'a', data: 'x', overwrite: true }),
      openFileArgsSchema.safeParse({ filters: [{ name: 'x', extensions: ['../x'] }] }),
      openFileArgsSchema.safeParse({ defaultPath: '/home' }),
      printToPdfArgsSchema.safeParse({
        suggestedName: 'p',
        options: { marking: '<img src=x onerror=alert(1)>' },
      }),
      printToPdfArgsSchema.safeParse({ suggestedName: 'p', options: { pageSize: 'A0' } }),
      IPC_ARG_SCHEMAS['app:info'].safeParse({ anything: 1 }),
    ];
    for (const result of refused) expect(result.success).toBe(false);
  });

  it('recognises only known event payloads', () => {
    expect(isLockReason('suspend')).toBe(true);
    expect(isLockReason('screen-lock')).toBe(true);
    expect(isLockReason('reboot')).toBe(false);
    expect(isMenuCommandId('lock')).toBe(true);
    expect(isMenuCommandId('toString')).toBe(false);
    expect(isMenuCommandId(7)).toBe(false);
  });
});
