import type { Period, PeriodUnit, PowerStep } from '../instruments';
import type { Tactic } from '../schema';

/** Helpers that keep the catalogue's data tables short. Not legal advice: each entry cites its source. */
export const period = (amount: number, unit: PeriodUnit): Period => ({ amount, unit });

export function step(
  id: string,
  label: string,
  basis: string,
  extra: Partial<Omit<PowerStep, 'id' | 'label' | 'basis'>> = {},
): PowerStep {
  return { id, label, basis, source: 'statute', ...extra };
}

type PowerInput = Pick<Tactic, 'id' | 'label' | 'pillars' | 'leadAgencyKind'> &
  Partial<Omit<Tactic, 'id' | 'label' | 'pillars' | 'leadAgencyKind'>> & {
    description: string;
    authority: string;
  };

export function power(input: PowerInput): Tactic {
  return {
    agencies: [input.leadAgencyKind],
    instrument: 'action',
    steps: [],
    evidence: [],
    ...input,
  };
}
