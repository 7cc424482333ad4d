import type { ArrowShape } from '../linkStyles';
import { arrowPath } from '../linkStyles';

/** A short drawn line in the chart's own style, so the legend shows rather than describes. */
export function LineSample(props: {
  colour: string;
  width?: number;
  /** Dash and gap lengths; empty or absent for a solid line. */
  dash?: readonly number[];
  arrow?: ArrowShape;
  /** The same head at the start too (rivals: opposition, not direction). */
  bothEnds?: boolean;
  /** An open ring half-way: weak grade. */
  ring?: boolean;
  short?: boolean;
}) {
  const length = props.short ? 18 : 40;
  const head = props.arrow && props.arrow !== 'none' ? props.arrow : undefined;
  const start = head && props.bothEnds ? 10 : 2;
  const end = head ? length - 6 : length;
  return (
    <svg
      className="line-sample"
      width={length + 6}
      height={14}
      viewBox={`0 0 ${length + 6} 14`}
      aria-hidden="true"
    >
      <line
        x1={start}
        y1={7}
        x2={end}
        y2={7}
        stroke={props.colour}
        strokeWidth={props.width ?? 2.5}
        strokeDasharray={props.dash?.length ? props.dash.join(' ') : undefined}
        strokeLinecap="round"
      />
      {head ? <path d={arrowPath(head, length + 2, 7)} fill={props.colour} /> : null}
      {head && props.bothEnds ? (
        <path d={arrowPath(head, 2, 7, 9, -1)} fill={props.colour} />
      ) : null}
      {props.ring ? (
        <circle
          cx={length / 2}
          cy={7}
          r={3.5}
          fill="#FFFFFF"
          stroke={props.colour}
          strokeWidth={1.8}
        />
      ) : null}
    </svg>
  );
}
