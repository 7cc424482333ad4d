import { useMemo, useState } from 'react';
import {
  PRIORITISATION_DISCLAIMER,
  rankGroups,
  scoreHistory,
  weightedScore,
} from '../../shared/prioritisation';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { matrixOf, scoresOf } from '../plans/partnershipRecords';
import { recordOcgScore, setScoringMatrix } from '../store/commands';
import { MatrixEditor } from './MatrixEditor';
import { RankingTable } from './RankingTable';
import { ScoreForm } from './ScoreForm';
import '../plans/partnership.css';

const BAND_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** Local OCG/USG prioritisation: the matrix, scoring, the ranked list and each group's history. */
export function PrioritisationScreen(props: WorkspaceModuleProps) {
  const { loaded, run, userName } = props;
  const matrix = useMemo(() => matrixOf(loaded), [loaded]);
  const scores = useMemo(() => scoresOf(loaded), [loaded]);
  const ranked = useMemo(() => rankGroups(matrix, scores), [matrix, scores]);
  const groups = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'ocg' || e.kind === 'usg')
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded.entities],
  );
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const label = (gid: string) => loaded.entities.get(gid)?.label ?? 'Group no longer on the map';
  const history = historyOf ? scoreHistory(scores, historyOf) : [];

  return (
    <div className="ws-screen partnership">
      <h2>OCG prioritisation</h2>
      <p className="disclaimer" role="note">
        {PRIORITISATION_DISCLAIMER}
      </p>
      <RankingTable ranked={ranked} label={label} onHistory={setHistoryOf} />
      {historyOf ? (
        <table className="data-table">
          <caption>
            Scoring history of {label(historyOf)}, newest first: each score as it was computed on
            its day, and beside it what it comes to under today's weights
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Total as scored (weights of its day)</th>
              <th scope="col">Band as scored</th>
              <th scope="col">Total under today's weights</th>
              {matrix.criteria.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Rationale</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.scoredAt}-${i}`}>
                <td>{h.scoredAt.replace('T', ' ').slice(0, 16)}</td>
                <td>{h.scoredBy}</td>
                <td>{h.asScored ? h.asScored.total : 'Not recorded'}</td>
                <td>{h.asScored ? BAND_WORDS[h.asScored.band] : 'Not recorded'}</td>
                <td>{weightedScore(matrix, h.scores).total}</td>
                {matrix.criteria.map((c) => (
                  <td key={c.id}>{h.scores[c.id] ?? '–'}</td>
                ))}
                <td>{h.rationale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="two-columns">
        <ScoreForm
          matrix={matrix}
          groups={groups}
          userName={userName}
          onScore={(record) => run(recordOcgScore(loaded.workspace.id, record))}
        />
        <MatrixEditor
          key={JSON.stringify(matrix)}
          matrix={matrix}
          onSave={(m) => run(setScoringMatrix(loaded.workspace.id, m))}
        />
      </div>
    </div>
  );
}
