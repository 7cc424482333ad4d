import { period, power, step } from './define';

/** Preventive orders made by the courts on police (or prosecution) application. Data table. */
export const COURT_ORDERS = [
  power({
    id: 'ddtro',
    label: 'Drug Dealing Telecommunications Restriction Order (DDTRO)',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'court_order',
    description:
      'A civil court orders a communications provider to disconnect or restrict a deal line, handset or SIM used for drug dealing. Applied for by a superintendent or above, or the National Crime Agency.',
    authority:
      'Serious Crime Act 2015, s.80A; Drug Dealing Telecommunications Restriction Orders Regulations 2017 (SI 2017/1240)',
    steps: [
      step(
        'comply',
        'Communications provider complies (end of the fifth working day after the order unless the court sets another time)',
        'SI 2017/1240, reg. 3',
        {
          after: 'decided',
          within: period(5, 'working_days'),
          source: 'regulations',
          completedBy: 'in_force',
        },
      ),
    ],
    evidence: [
      'Call data showing the line takes orders (bulk texts, call volume, cell sites)',
      'Test purchases or intercepted messages naming the brand',
      'Device identifiers: number, IMEI, ICCID',
    ],
  }),
  power({
    id: 'serious_crime_prevention_order',
    label: 'Serious Crime Prevention Order',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police', 'prosecutor'],
    instrument: 'court_order',
    description:
      'Restrictions on a person involved in serious crime (associations, phones, travel, finances), made by the Crown Court on conviction or the High Court. Breach is an offence.',
    authority: 'Serious Crime Act 2007, Part 1 (ss.1, 19, 25)',
    evidence: [
      'Conviction or evidence of involvement in serious crime',
      'Why the terms protect the public',
    ],
    duration: { max: period(5, 'years'), basis: 'Serious Crime Act 2007, s.16' },
  }),
  power({
    id: 'gang_injunction',
    label: 'Gang injunction',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'council_community_safety',
    agencies: ['council_community_safety', 'police'],
    instrument: 'court_order',
    description:
      'Civil injunction against a person aged 14 or over engaged in gang-related violence or drug-dealing activity. The youth offending team is consulted for under-18s.',
    authority:
      'Policing and Crime Act 2009, Part 4 (ss.34-38), as amended by the Serious Crime Act 2015',
    steps: [
      step(
        'consult',
        'Consult the youth offending team (under 18) and anyone else appropriate',
        'Policing and Crime Act 2009, s.38',
        {
          requiredBefore: 'applied',
        },
      ),
    ],
    evidence: [
      'Evidence of gang-related violence or drug dealing',
      'Why the injunction is necessary',
    ],
  }),
  power({
    id: 'knife_crime_prevention_order',
    label: 'Knife Crime Prevention Order',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'court_order',
    description:
      'Requirements and prohibitions on a person aged 12 or over who has carried a bladed article on two occasions in two years, or on conviction. Runs 6 months to 2 years; breach is an offence.',
    authority: 'Offensive Weapons Act 2019, Part 2 (ss.14-33)',
    steps: [
      step(
        'consult_yot',
        'Consult the youth offending team if the defendant is under 18',
        'Offensive Weapons Act 2019, s.15',
        { requiredBefore: 'applied' },
      ),
      step(
        'review',
        'Review hearing in the last 4 weeks of the first year (orders over a year)',
        'Offensive Weapons Act 2019, s.26',
        {
          after: 'in_force',
          within: period(12, 'months'),
        },
      ),
    ],
    evidence: ['Two occasions of carrying a bladed article in a public place or school'],
    duration: {
      min: period(6, 'months'),
      max: period(2, 'years'),
      basis: 'Offensive Weapons Act 2019',
    },
  }),
  power({
    id: 'serious_violence_reduction_order',
    label: 'Serious Violence Reduction Order',
    pillars: ['pursue', 'prevent'],
    leadAgencyKind: 'police',
    agencies: ['police', 'prosecutor'],
    instrument: 'court_order',
    description:
      'Made on conviction of an adult for an offence involving a bladed article or offensive weapon; lets the police stop and search the offender. 6 months to 2 years.',
    authority:
      'Sentencing Act 2020, ss.342A-342M (inserted by the Police, Crime, Sentencing and Courts Act 2022)',
    evidence: ['The conviction and the weapon used or carried'],
    duration: {
      min: period(6, 'months'),
      max: period(2, 'years'),
      basis: 'Sentencing Act 2020, s.342D',
    },
  }),
  power({
    id: 'slavery_trafficking_prevention_order',
    label: 'Slavery and Trafficking Prevention Order',
    pillars: ['pursue', 'protect'],
    leadAgencyKind: 'police',
    agencies: ['police', 'immigration'],
    instrument: 'court_order',
    description:
      'Prohibitions on a person who exploits others, on sentencing or on application; at least 5 years or until further order. Fits adults who exploit children in county lines.',
    authority: 'Modern Slavery Act 2015, Part 2 (ss.14-34)',
    evidence: ['Conviction for a slavery or trafficking offence, or evidence of such conduct'],
    duration: { min: period(5, 'years'), basis: 'Modern Slavery Act 2015, s.17' },
  }),
  power({
    id: 'sexual_risk_order',
    label: 'Sexual Risk Order',
    pillars: ['protect'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'court_order',
    description:
      'Prohibitions on a person who has done an act of a sexual nature that shows a risk of harm, without a conviction; at least 2 years.',
    authority: 'Sexual Offences Act 2003, s.122A',
    evidence: ['The act of a sexual nature and the risk it shows'],
    duration: { min: period(2, 'years'), basis: 'Sexual Offences Act 2003, s.122A' },
  }),
  power({
    id: 'drugs_warrant',
    label: 'Drugs search warrant',
    pillars: ['pursue'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'court_order',
    description:
      "A justice's warrant to search premises and people for controlled drugs; executed within three months of issue.",
    authority: 'Misuse of Drugs Act 1971, s.23(3); PACE 1984, ss.15-16',
    steps: [
      step('execute', 'Execute the warrant', 'PACE 1984, s.16', {
        after: 'decided',
        within: period(3, 'months'),
        completedBy: 'in_force',
      }),
    ],
    evidence: ['Reasonable grounds to suspect drugs on the premises'],
  }),
];
