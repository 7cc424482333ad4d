import { formatGrade, linkPhrase, otherEnd } from '../../model';
import type { ProfileContext } from '../context';
import type { TimelineEvent } from '../profileTypes';
import { focusIntel } from './intelligence';

/** Dated facts about the focus: when each link was first and last seen, and each report's date. */
export function timelineEvents(ctx: ProfileContext): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const label = (id: string) => ctx.entities.get(id)?.label ?? '';
  for (const l of ctx.focusLinks) {
    // Said from the point of view of the focus record at one end: the subject, or a member.
    const from = ctx.focusIds.has(l.target) && !ctx.focusIds.has(l.source) ? l.target : l.source;
    const what = `${label(from)} ${linkPhrase(l, from)} ${label(otherEnd(l, from))}`;
    if (l.firstSeen) events.push({ date: l.firstSeen, text: `First seen: ${what}` });
    if (l.lastSeen && l.lastSeen !== l.firstSeen)
      events.push({ date: l.lastSeen, text: `Last seen: ${what}` });
  }
  for (const i of focusIntel(ctx)) {
    events.push({
      date: i.date,
      text: `Intelligence report ${i.reference} (${formatGrade(i.grade)})`,
    });
  }
  return events.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.text.localeCompare(b.text),
  );
}
