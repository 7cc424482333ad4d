import type { ComponentType } from 'react';
import { lazy, Suspense, useId, useState } from 'react';
import { todayIso } from '../../shared/model';
import type { Platform } from '../platform';
import type { AuditLog, Command, LoadedWorkspace } from '../store';
import type { WorkspaceModuleProps } from './moduleProps';
import { QuarantineBanner } from './QuarantineBanner';

interface ModuleTab {
  id: string;
  label: string;
  component: ComponentType<WorkspaceModuleProps>;
}

const named = <K extends string>(
  load: () => Promise<Record<K, ComponentType<WorkspaceModuleProps>>>,
  key: K,
) => lazy(async () => ({ default: (await load())[key] }));

/** Each screen loads on first use, so opening a workspace pays only for the map. */
const TABS: readonly ModuleTab[] = [
  { id: 'map', label: 'Map', component: named(() => import('./MapModule'), 'MapModule') },
  {
    id: 'import',
    label: 'Import and export',
    component: named(() => import('../import/ImportExportScreen'), 'ImportExportScreen'),
  },
  {
    id: 'duplicates',
    label: 'Duplicates',
    component: named(() => import('../dedupe/DuplicatesScreen'), 'DuplicatesScreen'),
  },
  {
    id: 'profiles',
    label: 'Profiles',
    component: named(() => import('../profiles/ProfilesScreen'), 'ProfilesScreen'),
  },
  {
    id: 'plans',
    label: 'Plans',
    component: named(() => import('../plans/PlansScreen'), 'PlansScreen'),
  },
  {
    id: 'prioritisation',
    label: 'Prioritisation',
    component: named(
      () => import('../prioritisation/PrioritisationScreen'),
      'PrioritisationScreen',
    ),
  },
  {
    id: 'safeguarding',
    label: 'Safeguarding',
    component: named(() => import('../safeguarding/SafeguardingScreen'), 'SafeguardingScreen'),
  },
  {
    id: 'review',
    label: 'Review',
    component: named(() => import('../review/ReviewScreen'), 'ReviewScreen'),
  },
];

const Briefing = lazy(async () => ({
  default: (await import('../briefing/BriefingMode')).BriefingMode,
}));

/** The open workspace: its classification marking top and bottom, the fictional notice, and its screens as tabs. */
export default function WorkspaceView({
  loaded,
  run,
  platform,
  audit,
  userName,
}: {
  loaded: LoadedWorkspace;
  run: (command: Command) => Promise<void>;
  platform: Platform;
  audit: AuditLog;
  userName: string;
}) {
  const { workspace } = loaded;
  const [tab, setTab] = useState(TABS[0]!.id);
  const [briefing, setBriefing] = useState(false);
  const tabsId = useId();
  const active = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const Screen = active.component;
  const props: WorkspaceModuleProps = { loaded, run, platform, audit, userName, today: todayIso() };

  return (
    <section className="workspace-view" aria-label={`Workspace ${workspace.name}`}>
      <p className="marking" aria-label={`Classification: ${workspace.classification}`}>
        {workspace.classification}
      </p>
      <div className="workspace-heading">
        <h1>{workspace.name}</h1>
        <span className="counts">
          {loaded.entities.size} entities · {loaded.links.size} links · {loaded.intel.size}{' '}
          intelligence items
        </span>
        <button type="button" className="start-briefing" onClick={() => setBriefing(true)}>
          Start briefing
        </button>
      </div>
      {workspace.fictional ? (
        <p className="fictional-banner" role="note">
          Fictional demonstration data: every person, place, phone number, vehicle and event in this
          workspace is invented.
        </p>
      ) : null}
      <QuarantineBanner workspaceId={workspace.id} />
      {TABS.length > 1 ? (
        <div role="tablist" aria-label="Workspace screens" className="module-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${tabsId}-${t.id}`}
              aria-selected={t.id === active.id}
              aria-controls={`${tabsId}-panel`}
              tabIndex={t.id === active.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => moveTab(e.key, t.id, setTab, tabsId)}
            >
              {t.label}
            </button>
          ))}
        </div>
      ) : null}
      <div
        className="module-panel"
        role={TABS.length > 1 ? 'tabpanel' : undefined}
        id={`${tabsId}-panel`}
        aria-labelledby={TABS.length > 1 ? `${tabsId}-${active.id}` : undefined}
      >
        <Suspense fallback={<p aria-busy="true">Opening {active.label.toLowerCase()}…</p>}>
          <Screen {...props} />
        </Suspense>
      </div>
      <p className="marking" aria-hidden="true">
        {workspace.classification}
      </p>
      {briefing ? (
        <Suspense fallback={<p aria-busy="true">Opening briefing…</p>}>
          <Briefing {...props} onExit={() => setBriefing(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}

/** Arrow keys, Home and End move between tabs, as the WAI-ARIA tabs pattern expects. */
function moveTab(key: string, current: string, select: (id: string) => void, tabsId: string) {
  const index = TABS.findIndex((t) => t.id === current);
  const next =
    key === 'ArrowRight'
      ? (index + 1) % TABS.length
      : key === 'ArrowLeft'
        ? (index - 1 + TABS.length) % TABS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? TABS.length - 1
            : -1;
  if (next < 0) return;
  const id = TABS[next]!.id;
  select(id);
  document.getElementById(`${tabsId}-${id}`)?.focus();
}
