import {
  markStepDone,
  markStepNotApplicable,
  orderSchema,
  transitionOrder,
  type Order,
  type TransitionInput,
} from '../../orders';
import { findTactic, type OrderStatus } from '../../plans';
import { DEMO_REFERENCE_DATE } from '../constants';
import { ent, intel, rec } from './ids';

type Step = [OrderStatus, TransitionInput] | ['step', string, string] | ['n/a', string];

/**
 * An order built by running its lifecycle through shared/orders, exactly as the screens do, so
 * every demo order is one the rules accept.
 */
function order(
  key: string,
  planKey: string,
  powerId: string,
  bound: string[],
  lead: [Order['leadAgencyKind'], string],
  steps: Step[],
  extra: Partial<Order> = {},
) {
  const power = findTactic(powerId);
  if (!power) throw new Error(`The demo uses a power the catalogue lacks: ${powerId}.`);
  let o: Order = orderSchema.parse({
    powerId,
    planId: rec('pln', planKey),
    boundIds: bound.map(ent),
    leadAgencyKind: lead[0],
    leadAgency: lead[1],
    ...extra,
  });
  for (const s of steps) {
    if (s[0] === 'step') o = markStepDone(o, s[1], s[2], power, DEMO_REFERENCE_DATE);
    else if (s[0] === 'n/a') o = markStepNotApplicable(o, s[1], power);
    else o = transitionOrder(o, s[0], s[1], power, DEMO_REFERENCE_DATE);
  }
  return { id: rec('ord', key), order: o };
}

const POLICE: [Order['leadAgencyKind'], string] = ['police', 'Kestrelford Police'];
const RAV: [Order['leadAgencyKind'], string] = ['police', 'Ravensholt Police'];
const KMC = "Kestrelford Magistrates' Court";

/** Orders and notices in every lifecycle state, with statutory steps, breaches and expiries. Data table. */
export const DEMO_ORDERS = [
  order('ddtro_tony1', 'tannerside', 'ddtro', ['ph_tony1'], POLICE, [
    ['applied', { on: '2026-01-20' }],
    ['granted', { on: '2026-01-27', court: 'Ravensholt County Court', reference: 'DDT-2026-014' }],
    ['in_force', { on: '2026-01-30' }],
    [
      'discharged',
      { on: '2026-03-02', note: 'The number is no longer used; the brand moved to a new number.' },
    ],
  ]),
  order('closure_notice_pellow', 'tannerside', 'closure_notice', ['loc_pellow'], POLICE, [
    ['step', 'consult', '2026-10-20'],
    ['step', 'inform', '2026-10-20'],
    [
      'in_force',
      {
        on: '2026-10-21',
        time: '10:30',
        expiresOn: '2026-10-23',
        reference: 'CN-2026-0193',
        note: 'Issued by Supt. Harcourt: 48 hours.',
      },
    ],
    ['step', 'hearing', '2026-10-22'],
    ['expired', { on: '2026-10-23', note: 'Replaced by the closure order.' }],
  ]),
  order('closure_order_pellow', 'tannerside', 'closure_order', ['loc_pellow'], POLICE, [
    ['applied', { on: '2026-10-21', time: '10:30' }],
    [
      'granted',
      {
        on: '2026-10-22',
        court: KMC,
        reference: 'CO-2026-0193',
        conditions: [
          'No entry except the occupier and people she invites in person',
          'Housing and adult social care staff may enter',
        ],
      },
    ],
    ['in_force', { on: '2026-10-22', expiresOn: '2027-01-21' }],
    [
      'breached',
      {
        on: '2026-10-29',
        intelIds: [intel('ir_pellow_breach')],
        note: 'Kyle Danforth seen entering.',
      },
    ],
  ]),
  order('scpo_tony', 'tannerside', 'serious_crime_prevention_order', ['tf_tony'], POLICE, [], {
    notes: 'Awaiting the financial investigation before asking the CPS.',
  }),
  order('ddtro_blue', 'mardle', 'ddtro', ['ph_blue'], RAV, [
    ['applied', { on: '2026-10-27', reference: 'DDT-2026-088' }],
  ]),
  order('kcpo_aaron', 'mardle', 'knife_crime_prevention_order', ['ms_aaron'], RAV, [
    ['n/a', 'consult_yot'],
    ['applied', { on: '2026-07-01' }],
    [
      'granted',
      {
        on: '2026-07-15',
        court: "Ravensholt Magistrates' Court",
        reference: 'KCPO-26-077',
        conditions: [
          'Not to enter Market Square, Kestrelford',
          'Report weekly to Ravensholt police station',
        ],
      },
    ],
    ['in_force', { on: '2026-07-15', expiresOn: '2027-07-14' }],
  ]),
  order(
    'gang_callum',
    'brennock',
    'gang_injunction',
    ['bf_callum'],
    ['council_community_safety', 'Kestrelford District Council, Community Safety'],
    [
      ['n/a', 'consult'],
      ['applied', { on: '2026-09-15' }],
      [
        'refused',
        {
          on: '2026-10-13',
          court: 'Kestrelford County Court',
          note: 'The court wanted more evidence of drug-dealing activity; a fresh application is planned.',
        },
      ],
    ],
  ),
  order('warrant_holloway', 'brennock', 'drugs_warrant', ['loc_holloway'], POLICE, [
    ['applied', { on: '2026-10-29' }],
    ['granted', { on: '2026-10-30', court: KMC, reference: 'W-2026-311' }],
  ]),
];
