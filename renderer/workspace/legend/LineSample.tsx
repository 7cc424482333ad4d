/** A short drawn line in the chart's own style, so the legend shows rather than describes. */
export function LineSample(props: {
  colour: string;
  width?: number;
  dashed?: boolean;
  dotted?: boolean;
  arrow?: boolean;
  short?: boolean;
}) {
  const length = props.short ? 18 : 34;
  const dash = props.dashed ? '6 4' : props.dotted ? '1.5 3.5' : undefined;
  return (
    <svg
      className="line-sample"
      width={length + 6}
      height={14}
      viewBox={`0 0 ${length + 6} 14`}
      aria-hidden="true"
    >
      <line
        x1={2}
        y1={7}
        x2={props.arrow ? length - 6 : length}
        y2={7}
        stroke={props.colour}
        strokeWidth={props.width ?? 2.5}
        strokeDasharray={dash}
        strokeLinecap="round"
      />
      {props.arrow ? (
        <path d={`M${length - 8} 2 L${length + 2} 7 L${length - 8} 12 Z`} fill={props.colour} />
      ) : null}
    </svg>
  );
}
