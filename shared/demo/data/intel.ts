import type { IntelSpec } from './specs';

/**
 * The demo's intelligence reports: invented events, graded 3x5x2 (two older ones 5x5x5, as
 * imported from a legacy system). The builder appends the fictional notice to every summary.
 * Data table.
 */

const SOURCE_PROTECTION = 'Do not disclose outside the police without the originator’s consent.';
const SENSITIVE = 'OFFICIAL-SENSITIVE' as const;

export const INTEL: IntelSpec[] = [
  {
    key: 'ir_legacy_farm',
    reference: 'KF/IR/14/0388',
    date: '2014-03-11',
    grade: 'B24',
    summary: 'Legacy record: the Brennock brothers store cash at Holloway Farm.',
  },
  {
    key: 'ir_legacy_garage',
    reference: 'KF/IR/15/0912',
    date: '2015-09-02',
    grade: 'C34',
    summary: 'Legacy record: Sallis Motor Repairs said to fit hidden compartments to cars.',
  },
  {
    key: 'ir_pellow_visitors',
    reference: 'KF/IR/24/0117',
    date: '2024-10-14',
    grade: '2B P',
    summary: 'Neighbour reports young males from out of town at 14 Pellow Court at all hours.',
  },
  {
    key: 'ir_golf_stop',
    reference: 'KF/IR/24/0163',
    date: '2024-11-02',
    grade: '1A P',
    classification: SENSITIVE,
    summary:
      'Hire car ZR21 KFD stopped: Kyle Danforth driving, Tyler Banfield (missing from care) as passenger, with a deal-line phone and cash.',
  },
  {
    key: 'ir_tony_line',
    reference: 'KF/IR/24/0201',
    date: '2024-12-09',
    grade: '2C P',
    summary:
      'Bulk texts advertise the "Tony line" in Kestrelford; the line is run from Ravensholt by "D".',
  },
  {
    key: 'ir_carhire_cash',
    reference: 'KF/IR/25/0019',
    date: '2025-02-11',
    grade: '1B C',
    conditions: SOURCE_PROTECTION,
    classification: SENSITIVE,
    summary:
      'Gary Brennock moves cash through Kestrel Prestige Car Hire; hire cars used by runners.',
  },
  {
    key: 'ir_pellow_warrant',
    reference: 'KF/IR/25/0044',
    date: '2025-03-03',
    grade: '1A P',
    classification: SENSITIVE,
    summary:
      'Warrant at 14 Pellow Court: Kayden Rook (14) found with Leon Prestage; occupant Maureen Threlfall referred to adult social care.',
  },
  {
    key: 'ir_cdr_tony',
    reference: 'KF/IR/25/0102',
    date: '2025-04-17',
    grade: '2B P',
    summary:
      'Call data: the Tony line handset is in daily contact with phones of Dane Kilbride and Leon Prestage.',
  },
  {
    key: 'ir_blue_rumour',
    reference: 'KF/IR/25/0131',
    date: '2025-05-28',
    grade: '3D P',
    summary:
      'Unverified anonymous report that the Mardle Street Group will open a "Blue line" in Kestrelford.',
  },
  {
    key: 'ir_ruby_found',
    reference: 'RV/IR/25/0877',
    date: '2025-06-30',
    grade: '1A P',
    classification: SENSITIVE,
    summary:
      'Ruby Clewlow, reported missing, found at Ravensholt coach station with Ross Tillotson.',
  },
  {
    key: 'ir_cly_recruit',
    reference: 'RV/IR/25/0912',
    date: '2025-07-22',
    grade: '2B P',
    summary:
      'Tyrese Abara recruits younger children on the Cinderlane Estate for the Tannerside Firm.',
  },
  {
    key: 'ir_jayden_risk',
    reference: 'RV/IR/25/0960',
    date: '2025-08-15',
    grade: '1B C',
    conditions: "Share with children's services only; not for use in court.",
    classification: SENSITIVE,
    summary: 'Jayden Okafor-Lowe seen carrying packages for Marcus Ashdown-Reyes.',
  },
  {
    key: 'ir_clerk',
    reference: 'RV/IR/25/1004',
    date: '2025-09-09',
    grade: '2C C',
    conditions: SOURCE_PROTECTION,
    classification: SENSITIVE,
    summary:
      "A solicitor's clerk is said to pass the names of arrested runners to the Tannerside Firm.",
  },
  {
    key: 'ir_blue_test',
    reference: 'KF/IR/25/0288',
    date: '2025-10-30',
    grade: '1A P',
    summary:
      'Test purchase on the Blue line in Kestrelford; Darnell Pike and Sophie Kerridge arrested.',
  },
  {
    key: 'ir_line_swap',
    reference: 'KF/IR/26/0012',
    date: '2026-01-13',
    grade: '2B P',
    summary:
      'The Tony line has moved to a new number; the same brand texts go to the same customers.',
  },
  {
    key: 'ir_skatepark',
    reference: 'KF/IR/26/0057',
    date: '2026-02-20',
    grade: '1A P',
    classification: SENSITIVE,
    summary:
      'Charlie Dunmore and Harvey Selwood seen with Callum Brennock and Kieran Mottram at the skate park.',
  },
  {
    key: 'ir_osier_let',
    reference: 'KF/IR/26/0093',
    date: '2026-03-27',
    grade: '2B C',
    conditions: 'Not to be shared with the housing provider until tenancy action is agreed.',
    summary:
      'Greywing Lettings let Flat 3, 27 Osier Lane without checks; it is used as a trap house.',
  },
  {
    key: 'ir_square_assault',
    reference: 'KF/IR/26/0130',
    date: '2026-05-08',
    grade: '1B P',
    summary: 'Assault in Market Square: Aaron Lusk against Nathan Corrie, over the Blue line.',
  },
  {
    key: 'ir_carwash',
    reference: 'RV/IR/26/0411',
    date: '2026-06-19',
    grade: '2B P',
    summary:
      'Large cash deposits by Tannerside Hand Car Wash; the BMW used by Anthony Varrick is kept by his sister.',
  },
  {
    key: 'ir_tyler_arrest',
    reference: 'KF/IR/26/0188',
    date: '2026-08-03',
    grade: '1A P',
    classification: SENSITIVE,
    summary:
      'Tyler Banfield (16) arrested with wraps in Kestrelford; referred as a potential victim of exploitation.',
  },
  {
    key: 'ir_hub_review',
    reference: 'KF/SG/26/0031',
    date: '2026-09-14',
    grade: '1A P',
    classification: SENSITIVE,
    reviewDate: '2027-03-14',
    summary: 'Complex safeguarding hub reviewed the children linked to the Tony and Gaz lines.',
  },
  {
    key: 'ir_malicious',
    reference: 'KF/IR/26/0241',
    date: '2026-10-05',
    grade: '3E P',
    summary:
      'Anonymous call alleging that the neighbour who reported the cuckooing deals for Anthony Varrick; assessed as malicious.',
  },
  {
    key: 'ir_dennis',
    reference: 'KF/IR/26/0252',
    date: '2026-10-21',
    grade: '2B P',
    classification: SENSITIVE,
    summary: 'Runners asked Dennis Ogley to let them use his flat; Mia Hesketh was seen there.',
  },
  // Added for the board's work (issue 14): a breach, a second cuckooed home, and records that
  // the duplicate finder should propose (and one pair of neighbours it must not merge).
  {
    key: 'ir_pellow_breach',
    reference: 'KF/IR/26/0266',
    date: '2026-10-29',
    grade: '2B P',
    classification: SENSITIVE,
    summary: 'Kyle Danforth seen entering 14 Pellow Court while the closure order was in force.',
  },
  {
    key: 'ir_kestrel_road',
    reference: 'KF/IR/26/0231',
    date: '2026-09-28',
    grade: '2B P',
    classification: SENSITIVE,
    summary:
      'Runners for the Blue line have taken over 29 Kestrel Road, home of a vulnerable woman; a neighbour at 2 Kestrel Road reported it.',
  },
  {
    key: 'ir_ridgeway_stop',
    reference: 'RV/IR/26/0418',
    date: '2026-08-17',
    grade: '2C P',
    summary:
      'Vehicle stop in Ravensholt: "Tom Ridgeway", born 5 January 1988, known as Ridge, with Errol Quayle; a driver giving the name Dayne Kilbride.',
  },
  {
    key: 'ir_test_purchase',
    reference: 'KF/IR/26/0244',
    date: '2026-10-08',
    grade: '1A P',
    summary: 'Test purchase: the Tony line number was texted and a runner met the buyer.',
  },
];
