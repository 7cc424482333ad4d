import { useId, useState } from 'react';
import type { Entity } from '../../shared/model';
import { recordScore, type ScoreRecord, type ScoringMatrix } from '../../shared/prioritisation';
import { ErrorAlert } from '../app/ErrorAlert';

/** Scores one group on every criterion, each level described so two scorers read it alike. */
export function ScoreForm(props: {
  matrix: ScoringMatrix;
  groups: readonly Entity[];
  userName: string;
  onScore: (record: ScoreRecord) => Promise<void>;
}) {
  const { matrix, groups } = props;
  const id = useId();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [scores, setScores] = useState<Record<string, number>>({});
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const group = groups.find((g) => g.id === groupId);
  return (
    <form
      className="stack-form score-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        try {
          const record = recordScore(matrix, {
            groupId,
            matrixId: matrix.id,
            scores,
            scoredBy: props.userName,
            scoredAt: new Date().toISOString(),
            rationale,
          });
          setError('');
          props.onScore(record).then(
            () => {
              setMessage(`Score for ${group?.label ?? 'the group'} saved.`);
              setScores({});
              setRationale('');
            },
            (err: Error) => setError(err.message),
          );
        } catch (err) {
          const issues = (err as { issues?: { message: string }[] }).issues;
          setMessage('');
          setError(issues?.[0]?.message ?? (err as Error).message);
        }
      }}
    >
      <h3 id={`${id}-h`}>Score a group</h3>
      <label htmlFor={`${id}-group`}>Group</label>
      <select id={`${id}-group`} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label} ({g.kind.toUpperCase()})
          </option>
        ))}
      </select>
      {matrix.criteria.map((c) => (
        <fieldset key={c.id}>
          <legend>
            {c.label} (weight {c.weight}): {c.question}
          </legend>
          <div className="level-list">
            {c.levels.map((text, i) => (
              <label key={i} className="check-row">
                <input
                  type="radio"
                  name={`${id}-${c.id}`}
                  value={i + 1}
                  checked={scores[c.id] === i + 1}
                  onChange={() => setScores({ ...scores, [c.id]: i + 1 })}
                />
                {i + 1}: {text}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label htmlFor={`${id}-why`}>Rationale</label>
      <textarea
        id={`${id}-why`}
        rows={2}
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
      />
      <ErrorAlert message={error} />
      <p role="status" className="hint">
        {message}
      </p>
      <button type="submit" disabled={!groupId}>
        Save score
      </button>
    </form>
  );
}
