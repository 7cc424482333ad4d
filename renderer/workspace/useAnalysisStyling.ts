import { useCallback, useState } from 'react';
import type { Highlight } from './canvas/analysisStyling';
import { sizesFromMeasure } from './canvas/analysisStyling';
import { coloursFromAnalysis } from './canvas/analysisColours';

/**
 * The analysis panel's effects on the chart: node size and colour by a measure or community,
 * a highlighted sub-network, and the measure concentric rings follow. Callbacks are stable so
 * the panel does not re-run anything when the screen re-renders.
 */
export function useAnalysisStyling() {
  const [measure, setMeasure] = useState<ReadonlyMap<string, number> | null>(null);
  const [sizes, setSizes] = useState<ReadonlyMap<string, number> | null>(null);
  const [colours, setColours] = useState<ReadonlyMap<string, string> | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const onSizeBy = useCallback((values: ReadonlyMap<string, number> | null) => {
    setMeasure(values);
    setSizes(values ? sizesFromMeasure(values) : null);
  }, []);
  const onColourBy = useCallback(
    (groups: ReadonlyMap<string, number> | null, kind: 'measure' | 'community') =>
      setColours(groups ? coloursFromAnalysis(groups, kind) : null),
    [],
  );
  const onHighlight = useCallback((ids: Highlight | null) => setHighlight(ids), []);
  return { measure, sizes, colours, highlight, onSizeBy, onColourBy, onHighlight };
}
