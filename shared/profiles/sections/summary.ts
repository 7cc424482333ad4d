import { ageOn, ENTITY_KINDS, type Entity, type EntityOf } from '../../model';
import { groupMemberIds, rolesIn, type ProfileContext } from '../context';
import type { Fact } from '../profileTypes';

const LOCATION_USE_WORDS: Record<EntityOf<'location'>['attrs']['use'], string> = {
  home: 'Home address',
  cuckooed: "Cuckooed address: a vulnerable person's home taken over for dealing",
  trap_house: 'Trap house (premises used to store or deal drugs)',
  business: 'Business premises',
  licensed_premises: 'Licensed premises',
  public_place: 'Public place',
  school: 'School or college',
  other: 'Other',
};

/** Labels of records at the far end of the subject's links of one kind, sorted. */
function linked(ctx: ProfileContext, kind: string, direction: 'out' | 'in'): string[] {
  const id = ctx.subject.id;
  const labels = ctx.links
    .filter((l) => l.kind === kind && (direction === 'out' ? l.source === id : l.target === id))
    .map((l) => ctx.entities.get(direction === 'out' ? l.target : l.source)?.label)
    .filter((x): x is string => x !== undefined);
  return [...new Set(labels)].sort();
}

function push(facts: Fact[], label: string, values: readonly string[] | string | undefined): void {
  const value = typeof values === 'string' || values === undefined ? values : values.join('; ');
  if (value) facts.push({ label, value });
}

function nominalFacts(ctx: ProfileContext, e: EntityOf<'nominal'>, facts: Fact[]): void {
  const name = [e.attrs.forenames, e.attrs.surname].filter(Boolean).join(' ');
  push(facts, 'Name', name);
  push(facts, 'Also known as', e.attrs.aliases);
  if (e.attrs.dateOfBirth)
    push(
      facts,
      'Date of birth',
      `${e.attrs.dateOfBirth} (aged ${ageOn(e.attrs.dateOfBirth, ctx.date)})`,
    );
  push(facts, 'Recorded roles', rolesIn(ctx, e));
  push(facts, 'Groups', linked(ctx, 'member_of', 'out'));
  push(facts, 'Addresses', linked(ctx, 'resides_at', 'out'));
  push(facts, 'Phones', linked(ctx, 'uses_phone', 'out'));
  push(facts, 'Vehicles', linked(ctx, 'uses_vehicle', 'out'));
}

function groupFacts(
  ctx: ProfileContext,
  e: EntityOf<'ocg'> | EntityOf<'usg'>,
  facts: Fact[],
): void {
  push(facts, 'Also known as', e.attrs.aliases);
  push(facts, 'Area', e.attrs.area);
  push(facts, 'Activity', e.attrs.activity);
  const members = groupMemberIds(e.id, ctx.entities, ctx.links);
  push(facts, 'Members on the map', String(members.length));
  push(facts, 'Controlled by', linked(ctx, 'controls', 'in'));
  push(facts, 'Deal lines', linked(ctx, 'runs_line', 'out'));
}

function locationFacts(ctx: ProfileContext, e: EntityOf<'location'>, facts: Fact[]): void {
  push(facts, 'Address', e.attrs.address);
  push(facts, 'Postcode', e.attrs.postcode);
  push(facts, 'Use', LOCATION_USE_WORDS[e.attrs.use]);
  push(facts, 'Residents', linked(ctx, 'resides_at', 'in'));
  push(facts, 'Frequented by', linked(ctx, 'frequents', 'in'));
}

export function summaryFacts(ctx: ProfileContext): Fact[] {
  const e: Entity = ctx.subject;
  const facts: Fact[] = [{ label: 'Subject', value: `${e.label} (${ENTITY_KINDS[e.kind].label})` }];
  if (e.kind === 'nominal') nominalFacts(ctx, e, facts);
  else if (e.kind === 'ocg' || e.kind === 'usg') groupFacts(ctx, e, facts);
  else if (e.kind === 'location') locationFacts(ctx, e, facts);
  push(facts, 'Notes', e.notes.trim() || undefined);
  return facts;
}
