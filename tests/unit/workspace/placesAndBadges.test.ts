import { describe, expect, it } from 'vitest';
import { mapOf, person, place, sampleId } from '../../../renderer/dev/factories';
import { ChartController } from '../../../renderer/workspace/canvas/ChartController';
import { buildElements } from '../../../renderer/workspace/elements';
import { legendRows } from '../../../renderer/workspace/export/legendRows';
import { legendInUse } from '../../../renderer/workspace/legendInUse';

const E = (n: number) => sampleId('ent', n);
const TODAY = '2026-11-01';

const elements = buildElements(
  {
    entities: mapOf([
      place(E(1), '14 Pellow Court', { use: 'cuckooed' }),
      place(E(2), '3 Osier Walk', { use: 'trap_house' }),
      place(E(3), 'Holloway Farm', { use: 'home' }),
      person(E(4), 'Kayden Rook', { dateOfBirth: '2010-03-12' }),
      person(E(5), 'Maureen Threlfall', {
        dateOfBirth: '1961-01-01',
        safeguarding: {
          vulnerable: true,
          missingEpisodes: 0,
          lookedAfter: false,
          excludedOrReducedTimetable: false,
          cuckooedOccupant: true,
        },
      }),
    ]),
    links: new Map(),
  },
  TODAY,
);

describe('cuckooed addresses, trap houses, children and vulnerable adults look different', () => {
  it('marks the places and the two kinds of badge on the elements', () => {
    const byId = new Map(elements.nodes.map((n) => [n.id, n]));
    expect(byId.get(E(1))?.place).toBe('cuckooed');
    expect(byId.get(E(2))?.place).toBe('trap_house');
    expect(byId.get(E(3))?.place).toBeUndefined();
    expect(byId.get(E(4))?.safeguarding).toBe('child');
    expect(byId.get(E(5))?.safeguarding).toBe('vulnerable');
  });

  it('draws each with its own icon and rim', () => {
    const chart = new ChartController(elements);
    const style = (id: string, prop: string) =>
      String((chart.elementIdentity(id) as { style(p: string): unknown }).style(prop));
    expect(style(E(1), 'background-image')).toContain('location-cuckooed');
    expect(style(E(2), 'background-image')).toContain('location-trap');
    expect(style(E(3), 'background-image')).not.toContain('cuckooed');
    expect(style(E(1), 'border-style')).toBe('double');
    expect(style(E(2), 'border-style')).toBe('dashed');
    expect(style(E(4), 'background-image')).toContain('badge-child');
    expect(style(E(5), 'background-image')).toContain('badge-vulnerable');
    chart.destroy();
  });

  it('explains them in the legend and the exports', () => {
    const legend = legendInUse(elements);
    expect(legend.places).toEqual(['cuckooed', 'trap_house']);
    expect(legend.badges).toEqual(['child', 'vulnerable']);
    const texts = legendRows(legend).map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Cuckooed address (double red rim)',
        'Trap house (dashed purple rim)',
        'Round badge: child (under 18)',
        'Shield badge: vulnerable adult',
      ]),
    );
  });
});
