import type { GroupSpec, OrganisationSpec, PhoneSpec, VehicleSpec } from './specs';

/**
 * Groups, organisations, phones and vehicles of the demo. Data table.
 *
 * Phone numbers come only from Ofcom's range reserved for drama (07700 900000 to 07700 900999),
 * which is never allocated to a real subscriber. Registrations start with Z, a letter the DVLA
 * does not use as a region letter in current-style plates, so none can belong to a real vehicle.
 */

export const GROUPS: GroupSpec[] = [
  {
    key: 'grp_tannerside',
    kind: 'ocg',
    label: 'Tannerside Firm',
    aliases: ['TSF', "Tony's lot"],
    area: 'Tannerside, Ravensholt; exports to Kestrelford',
    activity: 'County line ("Tony line") supplying crack cocaine and heroin into Kestrelford.',
    reviewDate: '2027-01-31',
  },
  {
    key: 'grp_brennock',
    kind: 'ocg',
    label: 'Brennock family',
    aliases: ['The Brennocks'],
    area: 'Kestrelford',
    activity:
      'Established local supply of cocaine and cannabis; cash moved through a car-hire firm.',
    reviewDate: '2026-07-31',
  },
  {
    key: 'grp_mardle',
    kind: 'ocg',
    label: 'Mardle Street Group',
    aliases: ['MSG', 'Blue line crew'],
    area: 'Mardle Street, Ravensholt; moving into Kestrelford',
    activity: 'Runs the "Blue line" into Kestrelford; rival of the Tannerside Firm.',
  },
  {
    key: 'grp_cinderlane',
    kind: 'usg',
    label: 'Cinderlane Youngers',
    aliases: ['CLY', 'Cinder Youngers'],
    area: 'Cinderlane Estate, Tannerside, Ravensholt',
    activity: 'Street gang; its younger members are recruited as runners for the Tony line.',
  },
];

export const ORGANISATIONS: OrganisationSpec[] = [
  { key: 'org_carhire', label: 'Kestrel Prestige Car Hire Ltd', sector: 'Vehicle hire' },
  { key: 'org_solicitors', label: 'Tarrant & Vell Solicitors', sector: 'Legal services' },
  { key: 'org_garage', label: 'Sallis Motor Repairs', sector: 'Motor repair' },
  { key: 'org_carwash', label: 'Tannerside Hand Car Wash', sector: 'Vehicle cleaning (cash)' },
  { key: 'org_lettings', label: 'Greywing Lettings', sector: 'Residential lettings' },
];

const line = (key: string, label: string, number: string, brand: string): PhoneSpec => ({
  key,
  label,
  number,
  dealLineBrand: brand,
  handset: 'Basic feature phone',
});

export const PHONES: PhoneSpec[] = [
  line('ph_tony1', 'Tony line (2024)', '+447700900101', 'Tony line'),
  line('ph_tony2', 'Tony line (2026)', '+447700900102', 'Tony line'),
  line('ph_blue', 'Blue line', '+447700900201', 'Blue line'),
  line('ph_gaz', 'Gaz line', '+447700900301', 'Gaz line'),
  { key: 'ph_tony_p', label: 'Anthony Varrick personal', number: '+447700900111' },
  { key: 'ph_dane_p', label: 'Dane Kilbride personal', number: '+447700900112' },
  { key: 'ph_marcus_p', label: 'Marcus Ashdown-Reyes personal', number: '+447700900113' },
  { key: 'ph_leon_p', label: 'Leon Prestage personal', number: '+447700900114' },
  {
    key: 'ph_kayden_w',
    label: 'Phone found on Kayden Rook',
    number: '+447700900123',
    handset: 'Basic feature phone',
    classification: 'OFFICIAL-SENSITIVE',
  },
  { key: 'ph_errol_p', label: 'Errol Quayle personal', number: '+447700900211' },
  { key: 'ph_jamal_p', label: 'Jamal Whitcombe personal', number: '+447700900212' },
  { key: 'ph_ross_p', label: 'Ross Tillotson personal', number: '+447700900213' },
  { key: 'ph_gary_p', label: 'Gary Brennock personal', number: '+447700900311' },
  { key: 'ph_callum_p', label: 'Callum Brennock personal', number: '+447700900312' },
  { key: 'ph_tom_p', label: 'Thomas Ridgeway personal', number: '+447700900401' },
  // The Tony line's number again, entered from a test purchase before anyone matched it.
  { key: 'dup_ph_tony2', label: 'Number texted in a test purchase', number: '+447700900102' },
];

export const VEHICLES: VehicleSpec[] = [
  { key: 'veh_audi', registration: 'ZK19 XYZ', make: 'Audi', model: 'A3', colour: 'Black' },
  { key: 'veh_golf', registration: 'ZR21 KFD', make: 'Volkswagen', model: 'Golf', colour: 'Grey' },
  { key: 'veh_fiesta', registration: 'ZR21 KFE', make: 'Ford', model: 'Fiesta', colour: 'White' },
  { key: 'veh_bmw', registration: 'ZB68 TNR', make: 'BMW', model: '3 Series', colour: 'Blue' },
  {
    key: 'veh_merc',
    registration: 'ZN17 MRD',
    make: 'Mercedes-Benz',
    model: 'C-Class',
    colour: 'Silver',
  },
  {
    key: 'veh_rangerover',
    registration: 'ZY70 GBR',
    make: 'Land Rover',
    model: 'Range Rover',
    colour: 'Black',
  },
  { key: 'veh_prius', registration: 'ZL15 BKT', make: 'Toyota', model: 'Prius', colour: 'Silver' },
  { key: 'veh_moped', registration: 'ZD66 CLY', make: 'Honda', model: 'PCX 125', colour: 'Black' },
];
