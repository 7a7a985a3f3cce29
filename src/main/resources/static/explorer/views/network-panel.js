// The network's side panel: one unit (tasks by role, partners, officials) or one link (the shared tasks).
import { query } from '../api.js';
import { SHARED_TASKS, UNIT_DETAIL } from '../queries.js';
import { el, notice } from '../dom.js';
import { KIND, ROLE, label } from '../labels.js';

export async function showUnit(panel, state, app) {
  panel.replaceChildren(notice('正在加载…'));
  let unit;
  try {
    unit = (await query(UNIT_DETAIL, { name: state.unit, plan: app.plan.id, jurisdiction: app.plan.jurisdiction })).unit;
  } catch (e) {
    panel.replaceChildren(notice(e.message, 'error'));
    return;
  }
  if (app.stale()) {
    return;
  }
  const assignments = unit.assignments.nodes;
  const byRole = Object.keys(ROLE).map((role) => [role, assignments.filter((a) => a.role === role)])
    .filter(([, list]) => list.length > 0);
  panel.replaceChildren(
    el('h2', { text: unit.name }),
    el('p', { class: 'meta', text: `${label(KIND, unit.kind)}${unit.aliases.length ? ' · 也写作 ' + unit.aliases.join('、') : ''}` }),
    el('h3', { text: `任务(${unit.assignments.totalCount})` }),
    ...(unit.assignments.totalCount > assignments.length
      ? [notice(`只列出前 ${assignments.length} 项;全部见“任务表”视图。`)] : []),
    ...byRole.map(([role, list]) => el('details', { open: true, class: 'role-group' },
      el('summary', { text: `${label(ROLE, role)} ${list.length} 项` }),
      el('ol', { class: 'task-list' }, list.map(taskItem)))),
    el('h3', { text: '协作最多的单位' }),
    el('ol', { class: 'partners' }, unit.partners.edges.map((p) => el('li', {},
      el('a', { href: '#', text: p.node.name, onclick: (e) => { e.preventDefault(); app.navigate({ unit: p.node.name }); } }),
      ` 共享 ${p.sharedTaskCount} 项`))),
    el('h3', { text: '牵头领导(其牵头任务)' }),
    unit.officials.length ? el('p', { class: 'officials' }, unit.officials.map((o) => el('a', {
      href: '#', text: o.name, onclick: (e) => { e.preventDefault(); app.navigate({ view: 'chain', official: o.name }); },
    }))) : notice('它牵头的任务没有列出牵头领导。'));
}

export async function showEdge(panel, state, app) {
  const [a, b] = state.pair.split(',');
  panel.replaceChildren(notice('正在加载…'));
  let tasks;
  try {
    tasks = (await query(SHARED_TASKS, { units: [a, b], role: state.role || null, plan: app.plan.id })).coOwnedTasks.nodes;
  } catch (e) {
    panel.replaceChildren(notice(e.message, 'error'));
    return;
  }
  if (app.stale()) {
    return;
  }
  const chapter = state.chapter;
  const inScope = tasks.filter((t) => !chapter || t.chapter.numeral === chapter || String(t.chapter.ordinal) === chapter);
  panel.replaceChildren(
    el('h2', { text: `${a} — ${b}` }),
    el('p', { class: 'meta', text: `共同承担 ${inScope.length} 项任务${chapter ? `(第${chapter}章内)` : ''}` }),
    el('ol', { class: 'task-list' }, inScope.map((t) => taskItem({ task: t, role: null }))));
}

function taskItem(item) {
  const t = item.task;
  return el('li', { 'data-task': t.number },
    el('b', { text: `任务 ${t.number}` }), el('span', { class: 'chapter', text: ` 第${t.chapter.numeral}章` }),
    item.viaCollective ? el('span', { class: 'badge', text: `经"${item.viaCollective}"` }) : null,
    el('div', { class: 'task-text', text: t.text }),
    t.leadUnits ? el('div', { class: 'meta', text: '牵头单位:' + t.leadUnits.map((u) => u.name).join('、') }) : null);
}
