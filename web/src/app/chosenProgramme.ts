// Which programme the pages show: the one in the path, else the one chosen last in this
// browser, else the default programme.
import type { components } from './api-schema';

type Programme = components['schemas']['Programme'];

const remembered = 'samla.programme';

export function chosenProgramme(programmes: Programme[], id?: number): Programme | undefined {
  const wanted = id ?? Number(localStorage.getItem(remembered) ?? 0);
  return programmes.find((p) => p.id === wanted) ?? programmes.find((p) => p.is_default) ?? programmes[0];
}

export function rememberProgramme(id: number) {
  localStorage.setItem(remembered, String(id));
}
