import type { ComponentType } from 'react';
import { lazy, Suspense, useId, useState } from 'react';
import { todayIso } from '../../shared/model';
import type { Platform } from '../platform';
import type { AuditLog, Command, LoadedWorkspace } from '../store';
import type { WorkspaceModuleProps } from './moduleProps';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { useConsultationRecorder } from '../store/useConsultation';
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
    id: 'cuckooed',
    label: 'Cuckooed addresses',
    component: named(() => import('../registers/CuckooedRegisterScreen'), 'CuckooedRegisterScreen'),
  },
  {
    id: 'deal-lines',
    label: 'Deal lines',
    component: named(() => import('../registers/DealLineRegisterScreen'), 'DealLineRegisterScreen'),
  },
  {
    id: 'board',
    label: 'Board',
    component: named(() => import('../board/BoardScreen'), 'BoardScreen'),
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
  twoPerson,
}: {
  loaded: LoadedWorkspace;
  run: (command: Command) => Promise<void>;
  platform: Platform;
  audit: AuditLog;
  userName: string;
  twoPerson?: WorkspaceModuleProps['twoPerson'];
}) {
  const { workspace } = loaded;
  useConsultationRecorder(audit, workspace.id);
  const [tab, setTab] = useState(TABS[0]!.id);
  const [briefing, setBriefing] = useState(false);
  // Bumped by the error panel's button: the failed screen mounts afresh.
  const [remount, setRemount] = useState(0);
  const tabsId = useId();
  const active = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const Screen = active.component;
  const props: WorkspaceModuleProps = {
    loaded,
    run,
    platform,
    audit,
    userName,
    today: todayIso(),
    twoPerson,
  };

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
        {workspace.fictional ? (
          <p className="fictional-banner" role="note">
            Fictional demonstration data: all of it is invented.
          </p>
        ) : null}
      </div>
      <QuarantineBanner workspaceId={workspace.id} />
      <div className="module-bar">
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
        <button type="button" className="start-briefing" onClick={() => setBriefing(true)}>
          Start briefing
        </button>
      </div>
      <div
        className="module-panel"
        role="tabpanel"
        id={`${tabsId}-panel`}
        aria-labelledby={`${tabsId}-${active.id}`}
      >
        <ViewErrorBoundary
          what={`the ${active.label.toLowerCase()} screen`}
          resetKey={`${workspace.id}:${active.id}`}
          onReset={() => setRemount((n) => n + 1)}
        >
          <Suspense fallback={<p aria-busy="true">Opening {active.label.toLowerCase()}…</p>}>
            <Screen key={remount} {...props} />
          </Suspense>
        </ViewErrorBoundary>
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
