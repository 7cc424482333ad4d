/**
 * English forenames and the short forms and diminutives people are recorded under. Each line is
 * one group: any two names in it may be the same person. A name may sit in two groups (Alex is
 * Alexander or Alexandra). Data table, so longer than most files.
 */
const GROUPS: readonly string[] = [
  'thomas tom tommy',
  'anthony antony tony ant',
  'karen kaz kazza',
  'william will bill billy liam',
  'robert rob bob bobby robbie',
  'richard rich rick ricky dick',
  'james jim jimmy jamie',
  'john jon jack johnny',
  'jonathan jon jonny',
  'michael mike mick mickey micky',
  'christopher chris kit',
  'christine chris chrissie tina',
  'daniel dan danny',
  'david dave davey',
  'edward ed eddie ted ned',
  'joseph joe joey',
  'joshua josh',
  'matthew matt matty',
  'nicholas nick nicky',
  'nicola nicky nikki',
  'patrick pat paddy',
  'patricia pat patsy trish',
  'peter pete',
  'samuel sam sammy',
  'samantha sam sammie',
  'stephen steven steve stevie',
  'andrew andy drew',
  'benjamin ben benny',
  'charles charlie chas chuck',
  'charlotte charlie lottie',
  'alexander alex al sandy',
  'alexandra alex lexi sandra',
  'frederick fred freddie',
  'gareth gaz',
  'gary gaz',
  'kevin kev',
  'kenneth ken kenny',
  'lawrence laurence larry',
  'leonard len lenny',
  'margaret maggie meg peggy marge',
  'elizabeth liz lizzie beth betty libby',
  'rebecca becky becca',
  'jennifer jen jenny',
  'katherine catherine kate katie kathy cath',
  'deborah debbie deb',
  'susan sue suzy',
  'victoria vicky tori',
  'jessica jess jessie',
  'abigail abbie abby',
  'nathan nat nate',
  'nathaniel nat nate',
  'raymond ray',
  'ronald ron ronnie',
  'donald don donny',
  'timothy tim timmy',
  'terence terry',
  'gerald gerry',
  'jacqueline jackie',
  'dominic dom',
  'callum cal',
  'marcus marc',
  'shannon shan',
  'daniella dani',
  'wayne wayne',
  'mohammed muhammad mohammad mo',
];

const INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  GROUPS.forEach((line, group) => {
    for (const name of line.split(' ')) map.set(name, [...(map.get(name) ?? []), group]);
  });
  return map;
})();

/** Whether two folded forenames can name one person: equal, or short forms of one name. */
export function sameForename(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = INDEX.get(a);
  const gb = INDEX.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** Blocking keys for a forename: itself and the groups it belongs to. */
export function forenameKeys(name: string): string[] {
  return [name, ...(INDEX.get(name) ?? []).map((g) => `#${g}`)];
}
