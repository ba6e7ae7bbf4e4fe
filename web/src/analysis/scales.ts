// The scales of one assessment (docs/analysis.md): their API field, range and the words at
// their ends, shared by the form, the history and the summary.
import type { MessageKey } from '../i18n/i18n';

export type ScaleName = 'influence' | 'interest' | 'attitude' | 'legitimacy' | 'urgency';

export interface Scale {
  name: ScaleName;
  label: MessageKey;
  hint: MessageKey;
  min: number;
  max: number;
}

export const scales: Scale[] = [
  { name: 'influence', label: 'analysis.influence', hint: 'assess.influenceHint', min: 1, max: 5 },
  { name: 'interest', label: 'analysis.interest', hint: 'assess.interestHint', min: 1, max: 5 },
  { name: 'attitude', label: 'analysis.attitude', hint: 'assess.attitudeHint', min: -2, max: 2 },
  { name: 'legitimacy', label: 'analysis.legitimacy', hint: 'assess.legitimacyHint', min: 1, max: 5 },
  { name: 'urgency', label: 'analysis.urgency', hint: 'assess.urgencyHint', min: 1, max: 5 },
];

export const relevanceRange = { min: 0, max: 3 };
export const maxRationaleBytes = 4000;

export function steps(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
