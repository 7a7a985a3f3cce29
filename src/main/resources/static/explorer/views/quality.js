// Data quality: what the parser reported while reading the plan, grouped by kind, each with its line.
import { query } from '../api.js';
import { DIAGNOSTICS } from '../queries.js';
import { el, notice, section, table } from '../dom.js';
import { DIAGNOSTIC, label } from '../labels.js';

export async function show(container, state, app) {
  const diagnostics = (await query(DIAGNOSTICS, { plan: app.plan.id })).diagnostics;
  if (app.stale()) {
    return;
  }
  const groups = new Map();
  diagnostics.forEach((d) => groups.set(d.code, [...(groups.get(d.code) || []), d]));
  container.replaceChildren(section(`读取方案时的提示(${diagnostics.length} 条)`,
    el('p', { class: 'meta', text: '这些提示说明原文中不规整的地方,以及程序如何处理;每条都指向原文的行,便于核对。' }),
    diagnostics.length === 0 ? notice('读取这份方案时没有任何提示。') : null,
    [...groups.entries()].map(([code, list]) => el('details', { open: true, class: 'diagnostic-group', 'data-code': code },
      el('summary', {}, el('b', { text: label(DIAGNOSTIC, code) }), ` ${code} · ${list.length} 条`),
      table([
        ['位置', (d) => el('code', { text: d.location ?? `第 ${d.line} 行` })],
        ['行', (d) => String(d.line)],
        ['说明', (d) => d.message],
      ], list, { class: 'data diagnostics' })))));
}
