// The unit names of a jurisdiction, for pickers; read once per jurisdiction.
import { allPages } from './api.js';
import { UNIT_NAMES } from './queries.js';

const cache = new Map();

/** Every unit name of the jurisdiction, sorted as Chinese readers expect. */
export function unitNames(jurisdiction) {
  if (!cache.has(jurisdiction)) {
    cache.set(jurisdiction, allPages(UNIT_NAMES, { jurisdiction }, (d) => d.units)
      .then((page) => page.nodes.map((u) => u.name).sort((a, b) => a.localeCompare(b, 'zh')))
      .catch((e) => { cache.delete(jurisdiction); throw e; }));
  }
  return cache.get(jurisdiction);
}
