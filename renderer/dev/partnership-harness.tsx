/**
 * Development harness: the partnership screens (profiles, plans, prioritisation, safeguarding,
 * review, briefing) on the fictional demo, with the store's commands run against in-memory
 * tables. `?hostile=1` adds a person whose label and notes are markup. What the screens save,
 * print and audit is recorded on `window.__partnershipHarness` for the end-to-end tests.
 */
import { StrictMode, useCallback, useMemo, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { DEMO_REFERENCE_DATE, DEMO_TIMESTAMP } from '../../shared/demo';
import type { SavedView } from '../../shared/model';
import '../app/app.css';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { BriefingMode } from '../briefing/BriefingMode';
import { PlansScreen } from '../plans/PlansScreen';
import { PrioritisationScreen } from '../prioritisation/PrioritisationScreen';
import { ProfilesScreen } from '../profiles/ProfilesScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { SafeguardingScreen } from '../safeguarding/SafeguardingScreen';
import type { Command, LoadedWorkspace } from '../store/api';
import { demoLoaded } from './demoLoaded';
import { memoryStore } from './memoryStore';
import {
  harnessAudit,
  harnessHook,
  harnessPlatform,
  type PartnershipHarnessHook,
} from './partnership-harness.platform';

declare global {
  interface Window {
    __partnershipHarness?: PartnershipHarnessHook;
  }
}

const SCREENS: { id: string; label: string; component: ComponentType<WorkspaceModuleProps> }[] = [
  { id: 'profiles', label: 'Profiles', component: ProfilesScreen },
  { id: 'plans', label: 'Plans', component: PlansScreen },
  { id: 'prioritisation', label: 'Prioritisation', component: PrioritisationScreen },
  { id: 'safeguarding', label: 'Safeguarding', component: SafeguardingScreen },
  { id: 'review', label: 'Review', component: ReviewScreen },
];

/** One saved view with ring positions, so the briefing has a map slide to show. */
function withRingView(loaded: LoadedWorkspace): LoadedWorkspace {
  const ids = [...loaded.entities.keys()];
  const positions = Object.fromEntries(
    ids.map((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      return [id, { x: Math.round(500 * Math.cos(a)), y: Math.round(300 * Math.sin(a)) }];
    }),
  );
  const view: SavedView = {
    id: 'view_00000000000000000001',
    workspaceId: loaded.workspace.id,
    name: 'Whole network (ring)',
    filters: {},
    positions,
    styling: {},
    layout: 'preset',
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
  };
  return { ...loaded, views: new Map([[view.id, view]]) };
}

const params = new URLSearchParams(window.location.search);
const hook = harnessHook();
window.__partnershipHarness = hook;
const platform = harnessPlatform(hook);
const audit = harnessAudit(hook);
const start = withRingView(demoLoaded({ hostile: params.get('hostile') === '1' }));

function Harness() {
  const [loaded, setLoaded] = useState<LoadedWorkspace>(start);
  const history = useMemo(() => memoryStore(start, setLoaded), []);
  const [screen, setScreen] = useState(params.get('screen') ?? 'profiles');
  const [briefing, setBriefing] = useState(false);
  const run = useCallback(
    async (command: Command) => {
      hook.commands.push(command.label);
      await history.execute(command);
    },
    [history],
  );
  const props: WorkspaceModuleProps = {
    loaded,
    run,
    platform,
    audit,
    userName: 'A. Analyst',
    today: DEMO_REFERENCE_DATE,
  };
  const active = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const Screen = active.component;
  return (
    <main style={{ padding: 12 }}>
      <h1 style={{ fontSize: 16 }}>{loaded.workspace.name} (partnership harness)</h1>
      <nav aria-label="Screens" className="toolbar">
        {SCREENS.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-current={s.id === screen ? 'page' : undefined}
            onClick={() => setScreen(s.id)}
          >
            {s.label}
          </button>
        ))}
        <button type="button" onClick={() => setBriefing(true)}>
          Start briefing
        </button>
        <button type="button" onClick={() => void history.undo()}>
          Undo
        </button>
      </nav>
      <Screen {...props} />
      {briefing ? (
        <BriefingMode
          {...props}
          onExit={() => {
            hook.exits += 1;
            setBriefing(false);
          }}
        />
      ) : null}
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
