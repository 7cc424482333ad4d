import { buildBoardPack, type BoardPackDocument } from '../../shared/board';
import type { LoadedWorkspace } from '../store';
import { meetingsOf, ordersOf, safeguardingOf, type StoredMeeting } from '../plans/boardRecords';
import { matrixOf, plansOf, scoresOf, tacticsOf } from '../plans/partnershipRecords';

/** The pack for one meeting from the open workspace; the previous meeting bounds "since". */
export function boardDocument(loaded: LoadedWorkspace, meeting: StoredMeeting): BoardPackDocument {
  const earlier = meetingsOf(loaded).filter((m) => m.heldOn < meeting.heldOn);
  return buildBoardPack({
    meeting,
    previousMeetingOn: earlier.at(-1)?.heldOn,
    entities: [...loaded.entities.values()],
    links: [...loaded.links.values()],
    plans: plansOf(loaded),
    orders: ordersOf(loaded),
    referrals: safeguardingOf(loaded),
    scores: scoresOf(loaded),
    matrix: matrixOf(loaded),
    tactics: tacticsOf(loaded),
  });
}

/** A file name that says what the pack is without naming anyone. */
export const packFileName = (doc: BoardPackDocument, ext: 'html' | 'pdf') =>
  `board-pack-${doc.meetingOn}.${ext}`;
