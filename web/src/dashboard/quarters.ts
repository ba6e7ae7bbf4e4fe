// Quarters as the dashboard shows them: "2026-Q3" on the wire; "Q3 2026" and "kv. 3 2026" to
// readers; the choice of quarters runs from five years back to today's.
import type { Lang } from '../i18n/i18n';

export function quarterOf(day: Date): string {
  return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

export function shiftQuarter(quarter: string, by: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter[6]) - 1 + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function quarterName(quarter: string, lang: Lang): string {
  const year = quarter.slice(0, 4);
  const n = quarter[6];
  return lang === 'sv' ? `kv. ${n} ${year}` : `Q${n} ${year}`;
}

// The quarters one may choose, newest first.
export function quarterChoices(today: string, years = 5): string[] {
  return Array.from({ length: years * 4 }, (_, i) => shiftQuarter(today, -i));
}
