import type { Fact } from './facts';

export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((f) => (
        <div key={f.label} className="fact">
          <dt>{f.label}</dt>
          <dd className={f.value ? undefined : 'muted'}>{f.value || 'not recorded'}</dd>
        </div>
      ))}
    </dl>
  );
}
