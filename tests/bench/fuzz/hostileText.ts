/**
 * Fixed hostile inputs for the text parsers (CSV, call records, XML formats, JSON), built at
 * run time: size and nesting bombs, entity tricks, one enormous line or value.
 */
const enc = (s: string) => new TextEncoder().encode(s);

export interface FixedInput {
  name: string;
  bytes: () => Uint8Array;
}

export const csvHostile: FixedInput[] = [
  { name: 'over 64 MB', bytes: () => enc(`a,b\n${'x,y\n'.repeat(16_800_000)}`) },
  {
    name: '100,000 columns',
    bytes: () => enc(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`),
  },
  { name: 'one quote left open over 8 MB', bytes: () => enc(`a,b\n"${'x'.repeat(8_000_000)}\n`) },
  { name: 'a 10 MB field', bytes: () => enc(`a,b\n${'x'.repeat(10_000_000)},y\n`) },
  { name: 'UTF-16', bytes: () => new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]) },
  {
    name: 'invalid UTF-8',
    bytes: () => new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xc3, 0x28, 0x2c, 0x79]),
  },
];

const xmlDoc = (root: string, body: string) => `<?xml version="1.0"?>\n<${root}>${body}</${root}>`;

export function xmlHostile(root: string): FixedInput[] {
  return [
    {
      name: 'billion laughs',
      bytes: () =>
        enc(
          `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('')}]><${root}>&lol9;</${root}>`,
        ),
    },
    {
      name: 'external entity',
      bytes: () => enc(`<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><${root}/>`),
    },
    {
      name: '&constructor; (prototype lookup)',
      bytes: () => enc(xmlDoc(root, '&constructor;&__proto__;')),
    },
    {
      name: '100,000 nested elements',
      bytes: () => enc(xmlDoc(root, '<a>'.repeat(100_000) + '</a>'.repeat(100_000))),
    },
    {
      name: 'a 16 MB attribute',
      bytes: () => enc(xmlDoc(root, `<a b="${'x'.repeat(16_000_000)}"/>`)),
    },
    { name: '1,000,000 empty elements', bytes: () => enc(xmlDoc(root, '<a/>'.repeat(1_000_000))) },
  ];
}

export const jsonHostile: FixedInput[] = [
  {
    name: '1,000,000 nested arrays',
    bytes: () => enc('['.repeat(1_000_000) + ']'.repeat(1_000_000)),
  },
  {
    name: '2,000,000 empty entities',
    bytes: () =>
      enc(
        `{"format":"linchpin-records","version":1,"records":{"entities":[${'{},'.repeat(1_999_999)}{}],"links":[],"intel":[]}}`,
      ),
  },
  { name: 'a 32 MB string', bytes: () => enc(`{"format":"${'x'.repeat(32_000_000)}"}`) },
  {
    name: '__proto__ keys',
    bytes: () =>
      enc(
        '{"__proto__":{"polluted":1},"format":"linchpin-records","version":1,"records":{"entities":[],"links":[],"intel":[]}}',
      ),
  },
];
