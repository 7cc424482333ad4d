import { useId, useState } from 'react';
import { scoringMatrixSchema, type ScoringMatrix } from '../../shared/prioritisation';
import { ErrorAlert } from '../app/ErrorAlert';

/** The weights and bands of the matrix; saving re-ranks every group with the new weights. */
export function MatrixEditor(props: {
  matrix: ScoringMatrix;
  onSave: (matrix: ScoringMatrix) => Promise<void>;
}) {
  const id = useId();
  const [weights, setWeights] = useState(() =>
    Object.fromEntries(props.matrix.criteria.map((c) => [c.id, String(c.weight)])),
  );
  const [medium, setMedium] = useState(String(props.matrix.bands.medium));
  const [high, setHigh] = useState(String(props.matrix.bands.high));
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = scoringMatrixSchema.safeParse({
          ...props.matrix,
          criteria: props.matrix.criteria.map((c) => ({ ...c, weight: Number(weights[c.id]) })),
          bands: { medium: Number(medium), high: Number(high) },
        });
        if (!parsed.success) {
          setMessage('');
          return setError(
            `The matrix was not saved: ${parsed.error.issues[0]?.message ?? 'check the weights'}.`,
          );
        }
        setError('');
        props.onSave(parsed.data).then(
          () => setMessage('Matrix saved; the ranking uses the new weights.'),
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h3 id={`${id}-h`}>Scoring matrix: {props.matrix.name}</h3>
      <table className="data-table">
        <caption>Criteria and their weights (0 keeps a criterion out of the total)</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Question</th>
            <th scope="col">Weight (0-10)</th>
          </tr>
        </thead>
        <tbody>
          {props.matrix.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>{c.question}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  aria-label={`Weight of ${c.label}`}
                  value={weights[c.id] ?? ''}
                  onChange={(e) => setWeights({ ...weights, [c.id]: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={`${id}-medium`}>Medium priority from a total of</label>
      <input
        id={`${id}-medium`}
        type="number"
        min={0}
        max={100}
        value={medium}
        onChange={(e) => setMedium(e.target.value)}
      />
      <label htmlFor={`${id}-high`}>High priority from a total of</label>
      <input
        id={`${id}-high`}
        type="number"
        min={0}
        max={100}
        value={high}
        onChange={(e) => setHigh(e.target.value)}
      />
      <ErrorAlert message={error} />
      <p role="status" className="hint">
        {message}
      </p>
      <button type="submit">Save matrix</button>
    </form>
  );
}
