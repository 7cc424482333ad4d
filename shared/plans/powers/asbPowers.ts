import { period, power, step } from './define';

const ACPA = 'Anti-social Behaviour, Crime and Policing Act 2014';

/** The 2014 Act's tools: closure, community protection, PSPOs, dispersal, injunctions, CBOs. Data table. */
export const ASB_POWERS = [
  power({
    id: 'closure_notice',
    label: 'Closure notice',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'police',
    agencies: ['police', 'council_community_safety'],
    instrument: 'notice',
    description:
      'Shuts premises used for nuisance or disorder, such as a cuckooed home or a trap house, for up to 48 hours while a closure order is sought. It cannot keep out people who live there habitually or the owner.',
    authority: `${ACPA}, ss.76-79`,
    steps: [
      step(
        'consult',
        'Consult the bodies and people the issuer thinks appropriate',
        `${ACPA}, s.76`,
        {
          requiredBefore: 'in_force',
        },
      ),
      step(
        'inform',
        'Make reasonable efforts to inform occupiers and anyone with an interest',
        `${ACPA}, s.76`,
        {
          requiredBefore: 'in_force',
        },
      ),
      step(
        'hearing',
        "Application for a closure order heard by the magistrates' court",
        `${ACPA}, s.80 (Christmas Day disregarded)`,
        {
          after: 'in_force',
          within: period(48, 'hours'),
        },
      ),
    ],
    evidence: [
      'Incident logs and calls about the premises',
      'Statements from neighbours (anonymised where needed)',
      'Warrant results and intelligence on visitors',
    ],
    duration: {
      max: period(48, 'hours'),
      basis: `${ACPA}, s.77: 24 hours, or 48 with a superintendent or the council's chief executive`,
    },
  }),
  power({
    id: 'closure_order',
    label: 'Closure order',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'police',
    agencies: ['police', 'council_community_safety'],
    instrument: 'court_order',
    description:
      "The magistrates' court's order that follows a closure notice: access prohibited for up to three months, extendable to six in all.",
    authority: `${ACPA}, ss.80-82`,
    steps: [
      step('appeal', 'Appeal period against the decision', `${ACPA}, s.84`, {
        after: 'decided',
        within: period(21, 'days'),
      }),
      step(
        'landlord',
        'Tell the landlord or housing provider (possession on the absolute ground is possible within 3 months)',
        'Housing Act 1985, s.84A; Housing Act 1988, Sch. 2 Ground 7A',
        {
          after: 'decided',
          within: period(3, 'months'),
          source: 'guidance',
        },
      ),
    ],
    evidence: [
      'The closure notice and proof of service',
      'Evidence of disorderly, offensive or criminal behaviour on the premises, or serious nuisance',
    ],
    duration: {
      max: period(3, 'months'),
      maxTotal: period(6, 'months'),
      basis: `${ACPA}, ss.80 and 82`,
    },
  }),
  power({
    id: 'community_protection_warning',
    label: 'Community Protection Warning',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'council_community_safety',
    agencies: ['council_community_safety', 'police', 'housing'],
    instrument: 'notice',
    description:
      'A written warning that conduct having a persistent, unreasonable and detrimental effect on the locality must stop, with time to comply. It must come before a Community Protection Notice. Over-16s only.',
    authority: `${ACPA}, s.43`,
    evidence: [
      'Record of the conduct and its effect on the locality',
      'The time allowed to comply',
    ],
  }),
  power({
    id: 'community_protection_notice',
    label: 'Community Protection Notice',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'council_community_safety',
    agencies: ['council_community_safety', 'police', 'housing'],
    instrument: 'notice',
    description:
      'Requirements and prohibitions on a person (16 or over) or body whose conduct continues after a written warning; breach is an offence.',
    authority: `${ACPA}, ss.43-51`,
    steps: [
      step('warning', 'Written warning given and time to comply passed', `${ACPA}, s.43`, {
        requiredBefore: 'in_force',
      }),
      step('appeal', "Appeal period to the magistrates' court", `${ACPA}, s.46`, {
        after: 'in_force',
        within: period(21, 'days'),
      }),
    ],
    evidence: [
      'The Community Protection Warning and proof of service',
      'Evidence the conduct continued after the time allowed',
    ],
  }),
  power({
    id: 'public_spaces_protection_order',
    label: 'Public Spaces Protection Order',
    pillars: ['prevent', 'protect'],
    leadAgencyKind: 'council_community_safety',
    agencies: ['council_community_safety'],
    instrument: 'notice',
    description:
      'A council order restricting activities in a public place that have a detrimental effect on local people, such as open dealing spots. Made by the council after consultation; lasts up to three years, extendable.',
    authority: `${ACPA}, ss.59-75`,
    steps: [
      step(
        'consult',
        'Consult the chief officer of police, the police and crime commissioner, owners or occupiers and community representatives, and publish the draft',
        `${ACPA}, s.72`,
        {
          requiredBefore: 'in_force',
        },
      ),
      step(
        'challenge',
        'Period (6 weeks) for a High Court challenge by an interested person',
        `${ACPA}, s.66`,
        { after: 'in_force', within: period(42, 'days') },
      ),
    ],
    evidence: ['Incident and complaint data for the area', 'Consultation responses'],
    duration: { max: period(3, 'years'), basis: `${ACPA}, s.60` },
  }),
  power({
    id: 'dispersal_direction',
    label: 'Dispersal direction',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'notice',
    description:
      'An inspector authorises dispersal in a defined area for up to 48 hours; a constable in uniform or a PCSO can then direct a person to leave and not return for up to 48 hours.',
    authority: `${ACPA}, ss.34-42`,
    steps: [
      step(
        'authorise',
        'Authorisation by an officer of at least inspector rank, with regard to rights of expression and assembly',
        `${ACPA}, s.34`,
        {
          requiredBefore: 'in_force',
        },
      ),
    ],
    evidence: ['Recent incidents of harassment, alarm, distress, crime or disorder in the area'],
    duration: { max: period(48, 'hours'), basis: `${ACPA}, s.34` },
  }),
  power({
    id: 'part1_injunction',
    label: 'Civil injunction (Part 1)',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'council_community_safety',
    agencies: ['council_community_safety', 'housing', 'police'],
    instrument: 'court_order',
    description:
      'An injunction against anyone aged 10 or over who has engaged or threatens to engage in anti-social behaviour, with prohibitions and positive requirements; a power of arrest can be attached. For under-18s it lasts at most 12 months and the youth offending team must be consulted.',
    authority: `${ACPA}, Part 1 (ss.1-21)`,
    steps: [
      step(
        'consult_yot',
        'Consult the youth offending team if the respondent is under 18',
        `${ACPA}, s.14`,
        {
          requiredBefore: 'applied',
        },
      ),
    ],
    evidence: [
      'Evidence of anti-social behaviour on the balance of probabilities',
      'Why the injunction is just and convenient',
    ],
  }),
  power({
    id: 'criminal_behaviour_order',
    label: 'Criminal Behaviour Order',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'police',
    agencies: ['police', 'prosecutor', 'council_community_safety'],
    instrument: 'court_order',
    description:
      "Prohibitions and requirements made on conviction, on the prosecution's application (which police or council may request). At least 2 years for an adult; 1 to 3 years for a child, reviewed every year.",
    authority: `${ACPA}, Part 2 (ss.22-33)`,
    steps: [
      step('youth_review', 'Annual review where the offender is under 18', `${ACPA}, s.28`, {
        after: 'in_force',
        within: period(12, 'months'),
      }),
    ],
    evidence: [
      'The conviction',
      'Evidence of behaviour that caused or was likely to cause harassment, alarm or distress',
    ],
  }),
];
