import { dateInWords } from './timeline/dateWords';

/**
 * The one line under the chart: what is drawn, the period shown (the time slider folds out of it)
 * and the keyboard help. One line, so the chart keeps the height.
 */
export function ChartStatus(props: {
  entityCount: number;
  linkCount: number;
  groupsFlattened: boolean;
  period: { from?: string | undefined; to?: string | undefined };
  timeOpen: boolean;
  onTime: () => void;
  keysOpen: boolean;
  onKeys: () => void;
}) {
  const { from, to } = props.period;
  const period =
    from || to
      ? `${from ? dateInWords(from) : 'the start'} to ${to ? dateInWords(to) : 'now'}`
      : 'all dates';
  return (
    <div className="ws-status">
      <span aria-live="polite">
        {props.entityCount} on chart · {props.linkCount} lines
        {props.groupsFlattened ? ' · groups drawn as nodes in this layout' : ''}
      </span>
      <button
        type="button"
        className="ws-status-toggle"
        aria-expanded={props.timeOpen}
        aria-controls="ws-time"
        onClick={props.onTime}
      >
        Time: {period}
      </button>
      <button
        type="button"
        className="ws-status-toggle"
        aria-expanded={props.keysOpen}
        aria-controls="chart-keys"
        onClick={props.onKeys}
      >
        Keyboard
      </button>
    </div>
  );
}
