import { period, power, step } from './define';

const LA03 = 'Licensing Act 2003';

/** Council, housing, fire, tax, benefit, immigration and vehicle powers: the "Achilles heel". Data table. */
export const PARTNER_POWERS = [
  power({
    id: 'licensing_review',
    label: 'Premises licence review',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'council_licensing',
    agencies: ['council_licensing', 'police', 'trading_standards', 'council_enforcement'],
    instrument: 'court_order',
    description:
      'Any responsible authority asks the licensing authority to review a licence for premises linked to the group; the committee may modify conditions, suspend or revoke.',
    authority: `${LA03}, ss.51-52`,
    steps: [
      step(
        'representations',
        'Period for representations on the application',
        'Licensing Act 2003 (Premises licences and club premises certificates) Regulations 2005',
        {
          after: 'applied',
          within: period(28, 'days'),
          source: 'regulations',
        },
      ),
    ],
    evidence: ['Incidents linked to the premises', 'Breaches of licence conditions'],
  }),
  power({
    id: 'summary_licence_review',
    label: 'Summary review of a premises licence',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'court_order',
    description:
      'A superintendent certifies that licensed premises are associated with serious crime or disorder; the licensing authority must consider interim steps and then hold a full review.',
    authority: `${LA03}, ss.53A-53D`,
    steps: [
      step('interim', 'Licensing authority considers interim steps', `${LA03}, s.53B`, {
        after: 'applied',
        within: period(48, 'hours'),
      }),
      step('review', 'Full review hearing', `${LA03}, s.53C`, {
        after: 'applied',
        within: period(28, 'days'),
      }),
    ],
    evidence: ["Superintendent's certificate", 'Evidence of serious crime or serious disorder'],
  }),
  power({
    id: 'taxi_licence_action',
    label: 'Taxi or private hire licence suspension or revocation',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'council_licensing',
    agencies: ['council_licensing'],
    instrument: 'notice',
    description:
      'Suspend or revoke a driver, vehicle or operator licence used to move runners or drugs.',
    authority: 'Local Government (Miscellaneous Provisions) Act 1976, ss.60-62',
    steps: [
      step(
        'appeal',
        "Appeal period to the magistrates' court",
        'Local Government (Miscellaneous Provisions) Act 1976, s.77',
        { after: 'in_force', within: period(21, 'days') },
      ),
    ],
    evidence: ['Intelligence or convictions showing the licensee is not fit and proper'],
  }),
  power({
    id: 'trading_standards',
    label: 'Trading Standards enforcement',
    pillars: ['pursue'],
    leadAgencyKind: 'trading_standards',
    agencies: ['trading_standards'],
    description:
      'Counterfeit goods, illicit tobacco and alcohol, rogue traders and business fronts: inspections, seizures, prosecutions.',
    authority: 'Trade Marks Act 1994, s.92; Consumer Rights Act 2015, Sch. 5',
    evidence: ['Test purchases', 'Seized goods'],
  }),
  power({
    id: 'council_enforcement',
    label: 'Planning, environmental health or private housing enforcement',
    pillars: ['pursue'],
    leadAgencyKind: 'council_enforcement',
    agencies: ['council_enforcement'],
    description:
      'Enforcement and abatement notices, HMO licensing and inspections against premises the group uses.',
    authority:
      'Town and Country Planning Act 1990, s.172; Environmental Protection Act 1990, s.80; Housing Act 2004, Parts 1-3',
    evidence: ['Inspection records'],
  }),
  power({
    id: 'tenancy_enforcement',
    label: 'Tenancy enforcement',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'housing',
    agencies: ['housing'],
    description:
      'Warnings, injunctions or possession where a tenancy is used for crime; an absolute ground follows certain convictions, breaches and closure orders.',
    authority: 'Housing Act 1985, s.84A and Sch. 2; Housing Act 1988, Sch. 2 Grounds 7A and 14',
    evidence: [
      'Conviction, breach or closure order for the absolute ground',
      'Tenancy agreement terms broken',
    ],
  }),
  power({
    id: 'fire_safety_enforcement',
    label: 'Fire safety inspection and prohibition',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'fire',
    agencies: ['fire'],
    instrument: 'notice',
    description:
      'Inspect business premises, flats over shops and HMOs the group uses; prohibit use where the risk is serious.',
    authority: 'Regulatory Reform (Fire Safety) Order 2005, arts. 30-31',
    evidence: ['Inspection findings'],
  }),
  power({
    id: 'asset_recovery',
    label: 'Cash seizure, account freezing and confiscation',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police', 'hmrc'],
    instrument: 'court_order',
    description:
      "Seize cash of £1,000 or more suspected to be the proceeds of crime; detain it for 48 hours, then for longer with a magistrates' order.",
    authority: 'Proceeds of Crime Act 2002, ss.294-298 and 303Z1-303Z19; Part 2 (confiscation)',
    steps: [
      step(
        'detention',
        'Apply for continued detention of seized cash (48 hours, not counting weekends and bank holidays)',
        'Proceeds of Crime Act 2002, s.295',
        {
          after: 'applied',
          within: period(48, 'hours'),
          completedBy: 'decided',
        },
      ),
    ],
    evidence: ['Financial investigation', 'Circumstances of the seizure'],
    duration: {
      max: period(6, 'months'),
      maxTotal: period(2, 'years'),
      basis: 'Proceeds of Crime Act 2002, s.295',
    },
  }),
  power({
    id: 'benefit_referral',
    label: 'Benefit referral to DWP',
    pillars: ['pursue'],
    leadAgencyKind: 'dwp',
    agencies: ['dwp', 'police', 'council_community_safety'],
    instrument: 'referral',
    description: 'Refer suspected benefit fraud by group members.',
    authority:
      'Social Security Administration Act 1992, s.111A; Crime and Disorder Act 1998, s.115',
  }),
  power({
    id: 'tax_referral',
    label: 'Tax referral to HMRC',
    pillars: ['pursue'],
    leadAgencyKind: 'hmrc',
    agencies: ['hmrc', 'police', 'trading_standards'],
    instrument: 'referral',
    description: 'Refer undeclared income, cash businesses or duty evasion.',
    authority: 'Crime and Disorder Act 1998, s.115 (information sharing)',
  }),
  power({
    id: 'illegal_working',
    label: 'Illegal working visit and civil penalty',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'immigration',
    agencies: ['immigration'],
    instrument: 'notice',
    description:
      'Visit businesses suspected of employing people illegally (often victims); civil penalties and illegal working closure notices.',
    authority: 'Immigration, Asylum and Nationality Act 2006, s.15; Immigration Act 2016, Sch. 6',
  }),
  power({
    id: 'vehicle_enforcement',
    label: 'Vehicle licensing and registration enforcement',
    pillars: ['pursue'],
    leadAgencyKind: 'dvla',
    agencies: ['dvla', 'police'],
    description:
      'Untaxed or wrongly registered vehicles the group uses: clamping, removal and prosecution.',
    authority: 'Vehicle Excise and Registration Act 1994',
  }),
  power({
    id: 'vehicle_seizure',
    label: 'Seizure of vehicles driven uninsured or anti-socially',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    description:
      'Seize vehicles driven without insurance or a licence, or used to cause alarm after a warning.',
    authority: 'Road Traffic Act 1988, s.165A; Police Reform Act 2002, s.59',
  }),
];
