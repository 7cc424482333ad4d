import { period, power, step } from './define';

const WT = 'Working Together to Safeguard Children 2023';

/** Safeguarding, prevention and preparation: referrals, notices and support. Data table. */
export const PROTECT_POWERS = [
  power({
    id: 'child_abduction_warning_notice',
    label: 'Child Abduction Warning Notice',
    pillars: ['protect'],
    leadAgencyKind: 'police',
    agencies: ['police'],
    instrument: 'referral',
    description:
      "A police notice, usually asked for by children's social care, telling an adult they have no permission to be with a named child; breach can support a prosecution for abduction.",
    authority:
      'Non-statutory; founded on the Child Abduction Act 1984, s.2 and the Children Act 1989, s.49',
    evidence: [
      'Evidence of the adult associating with the child',
      'The permission of the person with parental responsibility withdrawn',
    ],
  }),
  power({
    id: 'safeguarding_referral',
    label: 'Safeguarding referral (MASH)',
    pillars: ['protect'],
    leadAgencyKind: 'childrens_services',
    agencies: ['childrens_services', 'adult_social_care', 'police', 'education', 'health'],
    instrument: 'referral',
    description:
      "Referral to children's or adults' social care through the multi-agency safeguarding hub.",
    authority: 'Children Act 1989, ss.17 and 47; Children Act 2004, s.11; Care Act 2014, s.42',
    steps: [
      step('decision', 'Social care decides the type of response', WT, {
        after: 'applied',
        within: period(1, 'working_days'),
        source: 'statutory_guidance',
        completedBy: 'decided',
      }),
    ],
  }),
  power({
    id: 'strategy_discussion',
    label: 'Strategy discussion',
    pillars: ['protect'],
    leadAgencyKind: 'childrens_services',
    agencies: ['childrens_services'],
    instrument: 'referral',
    description:
      'Police, social care and health decide whether to start child protection enquiries.',
    authority: 'Children Act 1989, s.47',
    steps: [
      step(
        'conference',
        'Initial child protection conference where enquiries find significant harm',
        WT,
        { after: 'decided', within: period(15, 'working_days'), source: 'statutory_guidance' },
      ),
    ],
  }),
  power({
    id: 'nrm_referral',
    label: 'National Referral Mechanism referral',
    pillars: ['protect'],
    leadAgencyKind: 'police',
    agencies: ['police', 'childrens_services', 'adult_social_care', 'immigration'],
    instrument: 'referral',
    description:
      "A first responder refers a potential victim of modern slavery, including child criminal exploitation; a child's referral needs no consent, an adult's does (without it, the Home Office is notified instead).",
    authority: 'Modern Slavery Act 2015, ss.49-52',
  }),
  power({
    id: 'missing_return_interview',
    label: 'Return home interview',
    pillars: ['protect', 'prevent'],
    leadAgencyKind: 'childrens_services',
    agencies: ['childrens_services', 'voluntary_sector'],
    instrument: 'referral',
    description:
      'Independent interview after a missing episode, to learn where the child was and with whom.',
    authority: 'Statutory guidance on children who run away or go missing from home or care (2014)',
    steps: [
      step(
        'offer',
        'Offer the interview',
        'Statutory guidance on children who run away or go missing (2014)',
        { after: 'decided', within: period(72, 'hours'), source: 'statutory_guidance' },
      ),
    ],
  }),
  power({
    id: 'adult_safeguarding_enquiry',
    label: 'Adult safeguarding enquiry',
    pillars: ['protect'],
    leadAgencyKind: 'adult_social_care',
    agencies: ['adult_social_care'],
    instrument: 'referral',
    description:
      'Enquiry into the risk to an adult with care and support needs, such as the occupant of a cuckooed home.',
    authority: 'Care Act 2014, s.42',
  }),
  power({
    id: 'cuckooing_support',
    label: 'Support for a cuckooed occupant',
    pillars: ['protect'],
    leadAgencyKind: 'housing',
    agencies: ['housing', 'adult_social_care', 'council_community_safety', 'police'],
    description:
      'Move, support or protect the occupant of a taken-over home; managed moves, target hardening, welfare visits.',
    authority: 'Housing Act 1996, Part 7; Care Act 2014, s.42',
  }),
  power({
    id: 'drug_treatment_referral',
    label: 'Drug treatment and harm reduction referral',
    pillars: ['prevent', 'protect'],
    leadAgencyKind: 'health',
    agencies: ['health'],
    description: 'Refer users of the line, and exploited adults, into treatment.',
    authority: '',
  }),
  power({
    id: 'target_hardening',
    label: 'Target hardening',
    pillars: ['protect'],
    leadAgencyKind: 'police',
    agencies: ['police', 'housing', 'council_community_safety'],
    description: 'Make premises or people harder for the group to use.',
    authority: '',
  }),
  power({
    id: 'diversion_programme',
    label: 'Diversion programme',
    pillars: ['prevent'],
    leadAgencyKind: 'youth_justice',
    agencies: ['youth_justice', 'voluntary_sector', 'council_community_safety'],
    description: 'Mentoring, youth work or reachable-moment support to draw someone away.',
    authority: '',
  }),
  power({
    id: 'education_reengagement',
    label: 'Education re-engagement',
    pillars: ['prevent'],
    leadAgencyKind: 'education',
    agencies: ['education'],
    description: 'Return to full-time education or suitable alternative provision.',
    authority: 'Education Act 1996, s.19',
  }),
  power({
    id: 'awareness_briefing',
    label: 'Partner or community awareness briefing',
    pillars: ['prevent', 'prepare'],
    leadAgencyKind: 'council_community_safety',
    agencies: [],
    description: 'Help staff, taxi drivers, landlords and residents spot and report exploitation.',
    authority: 'Crime and Disorder Act 1998, s.17',
  }),
  power({
    id: 'community_impact',
    label: 'Community impact assessment and reassurance',
    pillars: ['prepare'],
    leadAgencyKind: 'police',
    agencies: ['police', 'council_community_safety'],
    description: 'Plan for the effect of enforcement on the area and reassure residents.',
    authority: '',
  }),
  power({
    id: 'arrest_phase_safeguarding',
    label: 'Safeguarding plan for the arrest phase',
    pillars: ['prepare', 'protect'],
    leadAgencyKind: 'childrens_services',
    agencies: ['childrens_services', 'adult_social_care', 'police'],
    description: 'Be ready to safeguard children and vulnerable adults found during warrants.',
    authority: '',
  }),
];
