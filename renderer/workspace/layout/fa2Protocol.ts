/** Messages between the chart and the ForceAtlas2 worker. */
export type Fa2Request =
  | {
      type: 'start';
      nodes: Float32Array;
      edges: Float32Array;
      groups: Int32Array;
      groupCount: number;
      iterations: number;
    }
  | { type: 'stop' };

export type Fa2Reply =
  | { type: 'progress'; done: number; iterations: number }
  /** Final node matrix; `stopped` when the analyst pressed Stop before the end. */
  | { type: 'done'; nodes: Float32Array; done: number; stopped: boolean }
  | { type: 'error'; message: string };
