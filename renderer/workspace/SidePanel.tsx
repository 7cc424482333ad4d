import type { ReactNode } from 'react';

export type SideTab = 'details' | 'legend' | 'filters' | 'analysis';

const TAB_LABELS: Record<SideTab, string> = {
  details: 'Details',
  legend: 'Legend',
  filters: 'Filters',
  analysis: 'Analysis',
};

/**
 * The right-hand column: details (inspector or bulk edit), legend, filters and analysis share
 * it, so none of them covers the chart. Only tabs with content are offered.
 */
export function SidePanel(props: {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  panels: Partial<Record<SideTab, ReactNode>>;
}) {
  const tabs = (Object.keys(TAB_LABELS) as SideTab[]).filter((t) => props.panels[t] != null);
  const shown = tabs.includes(props.tab) ? props.tab : 'details';
  return (
    <section className="ws-side" aria-label="Side panel">
      <div className="side-tabs" role="group" aria-label="Side panel content">
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            aria-pressed={t === shown}
            aria-controls={t === shown ? `side-${t}` : undefined}
            onClick={() => props.onTab(t)}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div className="side-body" id={`side-${shown}`}>
        {props.panels[shown]}
      </div>
    </section>
  );
}
