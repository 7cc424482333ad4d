/**
 * Invented values for synthetic workspaces: names from short lists, and numbers, postcodes and
 * registrations that cannot belong to anyone real.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

const FORENAMES = words(`
  Aiden Bella Callum Dara Ellis Freya Gideon Hana Isaac Jodie Kian Lola Mason Nia Owen
  Poppy Quinn Rhys Sadie Theo Uma Vince Willa Xander Yusuf Zara Amir Bethan Cole Demi
`);
const SURNAMES = words(`
  Ashworth Birtwistle Calloway Dunstable Eddington Fairclough Grimshaw Holloway Ibbotson
  Jarrold Kettering Lowther Mayhew Nuttall Ormerod Pilkington Quarmby Rushworth Sowerby
  Thistlethwaite Umpleby Varley Wolstenholme Yeadon Zouch Ackroyd Brearley Crowther
  Dewhirst Entwistle
`);
const LETTERS = 'ABDEFGHJLNPRSTUWXY';

/**
 * Ofcom's number ranges reserved for drama, as E.164 prefixes each followed by three digits:
 * 07700 900xxx, 020 7946 0xxx, 0113..0191 496/498 0xxx and 01632 960xxx. Fifteen thousand
 * numbers in all; a workspace with more phones than that reuses them.
 */
const DRAMA_PREFIXES = [
  '+447700900',
  '+442079460',
  '+441134960',
  '+441144960',
  '+441154960',
  '+441164960',
  '+441174960',
  '+441184960',
  '+441214960',
  '+441314960',
  '+441414960',
  '+441514960',
  '+441614960',
  '+441914980',
  '+441632960',
];

export function syntheticPersonName(index: number): { forenames: string; surname: string } {
  return {
    forenames: FORENAMES[index % FORENAMES.length] ?? 'Alex',
    surname: SURNAMES[Math.floor(index / FORENAMES.length) % SURNAMES.length] ?? 'Smith',
  };
}

/** The n-th drama number: deal lines come first, from the mobile range. */
export function dramaNumber(n: number): string {
  const wrapped = n % (DRAMA_PREFIXES.length * 1000);
  const prefix = DRAMA_PREFIXES[Math.floor(wrapped / 1000)] ?? DRAMA_PREFIXES[0];
  return `${prefix}${String(wrapped % 1000).padStart(3, '0')}`;
}

function letter(n: number): string {
  return LETTERS[n % LETTERS.length] ?? 'A';
}

/** ZZ is not a UK postcode area, so ZZ12 3AB cannot be anyone's address. */
export function syntheticPostcode(n: number): string {
  return `ZZ${(n % 90) + 1} ${n % 10}${letter(n >> 3)}${letter(n >> 7)}`;
}

/** Current-style plates never start with Z, so these are unissued. */
export function syntheticRegistration(n: number): string {
  const age = String(10 + (n % 16)).padStart(2, '0');
  return `Z${letter(n)}${age} ${letter(n >> 4)}${letter(n >> 8)}${letter(n >> 12)}`;
}
