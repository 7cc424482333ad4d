import { entity, intel, link, nominal, P } from './fixtures';

/** Labels written to break out of HTML in every way the escaper must stop. */
export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  "' onmouseover='window.__pwned=3",
  '<a href="javascript:window.__pwned=4">click</a>',
  '<svg onload="window.__pwned=5"></svg>',
  '</style><script>window.__pwned=6</script>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
];

/** A group with hostile labels everywhere and enough intelligence to run to several pages. */
export function hostileRecords() {
  const entities = [
    entity(1, 'ocg', HOSTILE[0]!, { activity: HOSTILE[5] }),
    nominal(2, HOSTILE[1]!, { roles: ['suspect'], aliases: [HOSTILE[6]!] }),
    nominal(3, HOSTILE[2]!, { roles: ['victim'] }),
    entity(4, 'location', HOSTILE[3]!, { address: HOSTILE[4], use: 'cuckooed' }),
  ];
  const intelItems = Array.from({ length: 60 }, (_, i) =>
    intel(100 + i, `IR/${i} ${HOSTILE[i % HOSTILE.length]}`, P(), {
      summary: `Report ${i}: ${HOSTILE[(i + 3) % HOSTILE.length]} `.repeat(3),
    }),
  );
  const links = [
    link(1, 2, 1, 'controls', {
      grade: P(),
      provenance: intelItems.slice(0, 30).map((i) => i.id),
      firstSeen: '2024-01-01',
    }),
    link(2, 3, 1, 'member_of', { grade: P(), provenance: intelItems.slice(30).map((i) => i.id) }),
    link(3, 3, 4, 'resides_at'),
  ];
  return { entities, links, intelItems };
}
