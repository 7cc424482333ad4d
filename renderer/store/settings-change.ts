import type { VaultSettings } from './api';

const onOff = (v: boolean | undefined) => (v ? 'on' : 'off');

/**
 * Each setting that changed, as its own sentence for the audit log: a name change names both
 * names, so the log shows who the earlier events were recorded under.
 */
export function settingsChanges(before: VaultSettings, after: VaultSettings): string[] {
  const out: string[] = [];
  if (before.userName !== after.userName)
    out.push(`User name changed from "${before.userName}" to "${after.userName}"`);
  if (before.idleLockMinutes !== after.idleLockMinutes)
    out.push(
      `Idle lock changed from ${before.idleLockMinutes} to ${after.idleLockMinutes} minutes`,
    );
  const was = before.twoPerson;
  const now = after.twoPerson;
  if (!!was?.disclosure !== !!now?.disclosure)
    out.push(`Two-person rule for disclosures turned ${onOff(now?.disclosure)}`);
  if (!!was?.disposal !== !!now?.disposal)
    out.push(`Two-person rule for MoPI disposals turned ${onOff(now?.disposal)}`);
  return out;
}
