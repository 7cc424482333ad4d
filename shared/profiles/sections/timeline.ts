import { formatGrade, LINK_KINDS } from '../../model';
import type { ProfileContext } from '../context';
import type { TimelineEvent } from '../profileTypes';
import { focusIntel } from './intelligence';

/** Dated facts about the focus: when each link was first and last seen, and each report's date. */
export function timelineEvents(ctx: ProfileContext): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const label = (id: string) => ctx.entities.get(id)?.label ?? '';
  for (const l of ctx.focusLinks) {
    const what = `${label(l.source)} \u2013 ${LINK_KINDS[l.kind].label.toLowerCase()} \u2013 ${label(l.target)}`;
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
