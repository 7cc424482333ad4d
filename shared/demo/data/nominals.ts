import type { NominalRole, NominalSpec } from './specs';

/**
 * The demo's adult nominals: every name is invented. Data table, so longer than most files.
 * Keys say which network a person belongs to: tf = Tannerside Firm, bf = Brennock family,
 * ms = Mardle Street Group, cy = Cinderlane Youngers, kf = Kestrelford locals.
 */

function person(
  key: string,
  forenames: string,
  surname: string,
  dateOfBirth: string,
  gender: 'Male' | 'Female',
  roles: NominalRole[],
  extra: Partial<NominalSpec> = {},
): NominalSpec {
  return { key, forenames, surname, dateOfBirth, gender, roles, ...extra };
}

const S: NominalRole[] = ['suspect'];
const A: NominalRole[] = ['associate'];
const E: NominalRole[] = ['enabler'];

export const ADULT_NOMINALS: NominalSpec[] = [
  // Tannerside Firm (Ravensholt): runs the "Tony line" into Kestrelford.
  person('tf_tony', 'Anthony', 'Varrick', '1989-03-14', 'Male', S, {
    aliases: ['Tony V', 'Big T'],
    notes: 'Head of the Tannerside Firm; never handles drugs or phones himself.',
    reviewDate: '2027-03-31',
  }),
  person('tf_dane', 'Dane', 'Kilbride', '1993-07-02', 'Male', S, {
    aliases: ['D', 'Danny K'],
    notes: 'Day-to-day controller of the Tony line.',
  }),
  person('tf_marcus', 'Marcus', 'Ashdown-Reyes', '1995-11-20', 'Male', S, {
    aliases: ['Mash'],
    notes: 'Recruits runners through the Cinderlane Youngers.',
  }),
  person('tf_leon', 'Leon', 'Prestage', '1998-01-09', 'Male', S, {
    aliases: ['L-Dog'],
    notes: 'Holds the line in Kestrelford; took over 14 Pellow Court.',
  }),
  person('tf_kyle', 'Kyle', 'Danforth', '2001-05-30', 'Male', S),
  person('tf_jordan', 'Jordan', 'Mabey', '2003-02-17', 'Male', S, { aliases: ['Jojo'] }),
  person('tf_reece', 'Reece', 'Oduya', '2000-08-08', 'Male', S, {
    notes: 'Drives cash back to Ravensholt.',
  }),
  person('tf_shannon', 'Shannon', 'Varrick', '1991-12-03', 'Female', A, {
    notes: 'Registered keeper of vehicles used by her brother.',
  }),
  person('tf_nathan', 'Nathan', 'Corrie', '1996-06-11', 'Male', S),
  person('tf_vincent', 'Vincent', 'Castellane', '1981-10-24', 'Male', E, {
    aliases: ['Vinnie'],
    notes: 'Owns the hand car wash suspected of laundering cash.',
  }),
  // Wholesale suppliers to more than one group.
  person('up_bilal', 'Bilal', 'Hartigan', '1987-04-22', 'Male', S),
  person('up_tom', 'Thomas', 'Ridgeway', '1988-01-05', 'Male', S, { aliases: ['Ridge'] }),
  // Brennock family (Kestrelford): the established local group.
  person('bf_gary', 'Gary', 'Brennock', '1972-09-29', 'Male', S, {
    aliases: ['Gaz'],
    reviewDate: '2026-06-30',
  }),
  person('bf_wayne', 'Wayne', 'Brennock', '1976-02-14', 'Male', S),
  person('bf_lisa', 'Lisa', 'Brennock', '1978-10-05', 'Female', ['associate', 'enabler'], {
    notes: 'Director of Kestrel Prestige Car Hire Ltd.',
  }),
  person('bf_callum', 'Callum', 'Brennock', '1999-03-21', 'Male', S),
  person('bf_dean', 'Dean', 'Fothergill', '1984-07-16', 'Male', S),
  person('bf_sean', 'Sean', 'Halloran', '1982-12-22', 'Male', S, { notes: 'Enforcer.' }),
  person('bf_kieran', 'Kieran', 'Mottram', '1995-08-13', 'Male', S),
  person('bf_connor', 'Connor', 'Whitlow', '2003-09-07', 'Male', S),
  person('bf_mick', 'Michael', 'Sallis', '1965-05-08', 'Male', E, {
    aliases: ['Mick'],
    notes: 'Garage owner; suspected of fitting concealed compartments.',
  }),
  person('bf_tracey', 'Tracey', 'Pennock', '1980-11-30', 'Female', E, { notes: 'Bookkeeper.' }),
  person('bf_jess', 'Jessica', 'Farrimond', '1998-04-18', 'Female', A),
  // Mardle Street Group (Ravensholt): runs the "Blue line", rival of the Tannerside Firm.
  person('ms_errol', 'Errol', 'Quayle', '1985-06-19', 'Male', S, {
    aliases: ['E', 'Q'],
    reviewDate: '2026-08-31',
  }),
  person('ms_jamal', 'Jamal', 'Whitcombe', '1994-09-04', 'Male', S),
  person('ms_ross', 'Ross', 'Tillotson', '1997-12-12', 'Male', S),
  person('ms_lewis', 'Lewis', 'Cattermole', '1993-03-29', 'Male', S),
  person('ms_darnell', 'Darnell', 'Pike', '2002-03-03', 'Male', S),
  person('ms_sophie', 'Sophie', 'Kerridge', '2000-07-25', 'Female', S),
  person('ms_aaron', 'Aaron', 'Lusk', '1990-10-10', 'Male', S, { notes: 'Enforcer.' }),
  person('ms_jade', 'Jade', 'Quayle', '1988-04-01', 'Female', A),
  person('ms_precious', 'Precious', 'Adeyemi-Shaw', '1999-01-23', 'Female', A),
  // Cinderlane Youngers (Tannerside estate, Ravensholt): an urban street gang.
  person('cy_tyrese', 'Tyrese', 'Abara', '2004-01-15', 'Male', S, { aliases: ['Ty', 'T-Bone'] }),
  person('cy_mason', 'Mason', 'Greaves', '2005-06-06', 'Male', S, { aliases: ['Mace'] }),
  person('cy_kai', 'Kai', 'Fenwick', '2006-09-19', 'Male', S),
  person('cy_liam', 'Liam', 'Dorrington', '2007-02-28', 'Male', S, { aliases: ['Lil D'] }),
  person('cy_ellis', 'Ellis', 'Harbottle', '2005-12-01', 'Male', S),
  person('cy_rio', 'Rio', 'Mensah-Clarke', '2006-04-14', 'Male', S),
  person('cy_zak', 'Zak', 'Pardew', '2004-11-11', 'Male', S),
  // Enablers and associates.
  person('en_paul', 'Paul', 'Ingleby', '1969-01-27', 'Male', E, {
    notes: "Solicitor's clerk suspected of passing on the names of arrested runners.",
    classification: 'OFFICIAL-SENSITIVE',
  }),
  person('en_omar', 'Omar', 'Rashidi', '1990-02-02', 'Male', E, {
    notes: 'Lettings negotiator; lets flats without checks.',
  }),
  person('en_ben', 'Ben', 'Yardley', '1992-05-15', 'Male', E, {
    notes: 'Private-hire driver who ferries runners.',
  }),
  person('tf_chantelle', 'Chantelle', 'Braddock', '1996-06-26', 'Female', A, {
    notes: 'Subscriber of phones used by Dane Kilbride.',
  }),
  // Kestrelford locals.
  person('kf_stacey', 'Stacey', 'Molyneux', '1986-09-09', 'Female', A),
  person('kf_gavin', 'Gavin', 'Tench', '1979-03-17', 'Male', S),
  person('kf_craig', 'Craig', 'Pulford', '1983-11-02', 'Male', S),
  person('kf_nicola', 'Nicola', 'Arkwright', '1990-07-07', 'Female', A),
  person('kf_margaret', 'Margaret', 'Oyelaran', '1955-05-21', 'Female', ['witness'], {
    notes: 'Neighbour who reported the visitors to 14 Pellow Court.',
    classification: 'OFFICIAL-SENSITIVE',
  }),
  person('kf_imran', 'Imran', 'Sadiq', '1975-12-08', 'Male', ['witness']),
  // The same people again, as another force's stop recorded them: the duplicate finder's work.
  person('dup_tom', 'Tom', 'Ridgeway', '1988-01-05', 'Male', S, { aliases: ['Ridge'] }),
  person('dup_dane', 'Dayne', 'Kilbride', '1993-07-02', 'Male', S),
];
