import { DEFAULT_MATRIX, type ScoreRecord } from '../../prioritisation';
import type { Meeting } from '../../board';
import type { Tactic } from '../../plans';
import { ent, rec } from './ids';

const board = (key: string, meeting: Meeting) => ({ id: rec('mtg', key), meeting, exports: [] });

/** The partnership board's meetings: two held, the next one the pack is for. Data table. */
export const DEMO_MEETINGS = [
  board('sep', {
    heldOn: '2026-09-08',
    title: 'Kestrelford SOC partnership board, September',
    chair: 'Cllr Hester Ainsworth',
    minimumMarking: 'OFFICIAL-SENSITIVE',
  }),
  board('oct', {
    heldOn: '2026-10-06',
    title: 'Kestrelford SOC partnership board, October',
    chair: 'Cllr Hester Ainsworth',
    minimumMarking: 'OFFICIAL-SENSITIVE',
  }),
  board('nov', {
    heldOn: '2026-11-03',
    title: 'Kestrelford SOC partnership board, November',
    chair: 'Cllr Hester Ainsworth',
    minimumMarking: 'OFFICIAL-SENSITIVE',
  }),
];

const scores = (levels: number[]) =>
  Object.fromEntries(DEFAULT_MATRIX.criteria.map((c, i) => [c.id, levels[i % levels.length]!]));
const score = (key: string, group: string, at: string, levels: number[], rationale: string) => ({
  id: rec('scr', key),
  score: {
    groupId: ent(group),
    matrixId: DEFAULT_MATRIX.id,
    scores: scores(levels),
    scoredBy: 'DS Imogen Thorley',
    scoredAt: at,
    rationale,
  } satisfies ScoreRecord,
});

/** Scorings on the default matrix, so each plan shows its group's band. Data table. */
export const DEMO_SCORES = [
  score('tsf_jun', 'grp_tannerside', '2026-06-02T10:00:00.000Z', [4, 4, 3, 4, 4, 3], 'June board.'),
  score(
    'tsf_oct',
    'grp_tannerside',
    '2026-10-06T10:00:00.000Z',
    [5, 4, 5, 4, 4, 5],
    'October board: second line and children exploited.',
  ),
  score('bf_oct', 'grp_brennock', '2026-10-06T10:00:00.000Z', [3, 3, 3, 4, 3, 2], 'October board.'),
  score(
    'ms_oct',
    'grp_mardle',
    '2026-10-06T10:00:00.000Z',
    [3, 2, 3, 3, 4, 3],
    'October board: moving into Kestrelford.',
  ),
];

/** A power the partnership added to the catalogue itself. */
export const DEMO_TACTICS = [
  {
    id: rec('tac', 'landlord_letter'),
    tactic: {
      id: 'user_landlord_letter',
      label: 'Letter to a private landlord about misuse of a tenancy',
      pillars: ['pursue', 'protect'],
      leadAgencyKind: 'council_enforcement',
      agencies: [],
      description: 'The council writes to the landlord setting out the concerns and their options.',
      authority: '',
      instrument: 'action',
      steps: [],
      evidence: [],
    } satisfies Tactic,
  },
];
