import { isoDateSchema, linkSchema, type Id, type Link } from '../../model';
import { resolveContext, type ImportContext } from '../records';
import { fail, issue, ok, type FormatIssue, type FormatResult } from '../result';

/** "This number was used by this person" over a period: the analyst's reading of the billing. */
export interface PhoneAttribution {
  phoneId: Id;
  nominalId: Id;
  /** First and last day of use, YYYY-MM-DD; either may be open. */
  from?: string;
  to?: string;
  /** Shown in the row's error so the analyst can find it, e.g. the number. */
  name: string;
}

/**
 * One `uses_phone` link per attribution, dated so the time slider shows who held the number
 * when. Every attribution is checked before any link is returned.
 */
export function attributionLinks(
  attributions: readonly PhoneAttribution[],
  context: ImportContext,
): FormatResult<Link[]> {
  const ctx = resolveContext(context);
  const errors: FormatIssue[] = [];
  const links: Link[] = [];
  for (const a of attributions) {
    const where = `attribution of ${a.name}`;
    const bad = [a.from, a.to].find((d) => d && !isoDateSchema.safeParse(d).success);
    if (bad) {
      errors.push(issue(where, `"${bad}" is not a real date written YYYY-MM-DD.`));
      continue;
    }
    if (a.from && a.to && a.from > a.to) {
      errors.push(issue(where, `The period starts (${a.from}) after it ends (${a.to}).`));
      continue;
    }
    const parsed = linkSchema.safeParse({
      id: ctx.newId('lnk'),
      workspaceId: ctx.workspaceId,
      source: a.nominalId,
      target: a.phoneId,
      kind: 'uses_phone',
      label: 'Attributed from call records',
      ...(a.from ? { firstSeen: a.from } : {}),
      ...(a.to ? { lastSeen: a.to } : {}),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (parsed.success) links.push(parsed.data);
    else errors.push(issue(where, parsed.error.issues[0]?.message ?? 'Not a valid attribution.'));
  }
  return errors.length ? fail(errors) : ok(links);
}
