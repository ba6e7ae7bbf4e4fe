// The page's state in the URL: the filters the API takes, and how to draw the graph. Empty
// values mean the server's defaults (every tie type but conflict, both kinds of edge, today),
// so a plain /network is the usual view and bookmarks stay short.
export const tieTypes = ['collaboration', 'information_exchange', 'funding', 'formal_authority', 'advice', 'conflict'] as const;
export const defaultTieTypes = tieTypes.filter((t) => t !== 'conflict');
export const edgeSources = ['reported', 'co_participation'] as const;

export const colourBys = ['community', 'country', 'sector', 'perspective'] as const;
export type ColourBy = (typeof colourBys)[number];
export const sizeBys = ['degree', 'weighted_degree', 'betweenness', 'eigenvector'] as const;
export type SizeBy = (typeof sizeBys)[number];

export const apiKeys = ['as_of', 'types', 'theme', 'country_group', 'include'];
export const viewKeys = ['colour', 'size'];
export const pageKeys = [...apiKeys, ...viewKeys];

export function list(value: string | undefined): string[] {
  return (value ?? '').split(',').filter(Boolean);
}

// The tie types a URL value stands for: none named means the default set.
export function chosenTypes(value: string | undefined): string[] {
  const named = list(value);
  return named.length > 0 ? named : [...defaultTieTypes];
}

export function chosenSources(value: string | undefined): string[] {
  const named = list(value);
  return named.length > 0 ? named : [...edgeSources];
}

// Writes a choice back in the shortest form: the default set becomes ''. Ticking no box at
// all also means the default, rather than a request the server refuses.
export function typesValue(types: string[]): string {
  const sorted = tieTypes.filter((t) => types.includes(t));
  if (sorted.length === 0) return '';
  return sorted.length === defaultTieTypes.length && !sorted.includes('conflict') ? '' : sorted.join(',');
}

export function sourcesValue(sources: string[]): string {
  const sorted = edgeSources.filter((s) => sources.includes(s));
  return sorted.length === 0 || sorted.length === edgeSources.length ? '' : sorted.join(',');
}

export function colourBy(value: string | undefined): ColourBy {
  return (colourBys as readonly string[]).includes(value ?? '') ? (value as ColourBy) : 'community';
}

export function sizeBy(value: string | undefined): SizeBy {
  return (sizeBys as readonly string[]).includes(value ?? '') ? (value as SizeBy) : 'degree';
}

// Only the keys the API knows, without the page's own (colour and size).
export function apiQuery(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(apiKeys.map((k) => [k, values[k] ?? '']));
}

// The form marks "no box ticked" as '-' so the boxes stay unticked while editing; applied, it
// means the default, as the server would refuse an empty list.
export const noneTicked = '-';

export function normalise(form: Record<string, string>): Record<string, string> {
  const out = { ...form };
  for (const key of ['types', 'include']) if (out[key] === noneTicked) out[key] = '';
  return out;
}
