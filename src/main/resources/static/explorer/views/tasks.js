// Tasks table: filters (chapter, section, unit + role, official, leader source, text), pages with the total,
// and the whole selection as CSV.
import { allPages, query } from '../api.js';
import { CHAPTERS, TASKS, TASK_CURSOR } from '../queries.js';
import { el, input, names, notice, select, table } from '../dom.js';
import { targetList } from '../targets.js';
import { LEADER_SOURCE, ROLE, label } from '../labels.js';
import { unitNames } from '../units.js';
import { downloadCsv } from './csv.js';

const PAGE_SIZE = 20;
const FILTERS = ['chapter', 'section', 'unit', 'role', 'official', 'source', 'text'];

export async function show(container, state, app) {
  const [meta, units] = await Promise.all([query(CHAPTERS, { plan: app.plan.id }), unitNames(app.plan.jurisdiction)]);
  if (app.stale()) {
    return;
  }
  const where = filterOf(state);
  const page = Math.max(1, Number(state.page) || 1);
  const after = await cursorBefore(where, page, app);
  const tasks = (await query(TASKS, { where, first: PAGE_SIZE, after, plan: app.plan.id })).tasks;
  if (app.stale()) {
    return;
  }
  const pages = Math.max(1, Math.ceil(tasks.totalCount / PAGE_SIZE));
  container.replaceChildren(
    filters(meta, units, state, app),
    el('div', { class: 'table-bar' },
      el('span', { id: 'task-total', text: `共 ${tasks.totalCount} 项任务 · 第 ${page} / ${pages} 页` }),
      el('button', { type: 'button', text: '上一页', disabled: page <= 1, onclick: () => app.navigate({ page: page - 1 }) }),
      el('button', { type: 'button', text: '下一页', disabled: !tasks.pageInfo.hasNextPage,
        onclick: () => app.navigate({ page: page + 1 }) }),
      el('button', { type: 'button', id: 'csv', text: '下载当前筛选结果 (CSV)', disabled: tasks.totalCount === 0,
        onclick: () => downloadAll(where, app) })),
    tasks.totalCount === 0 ? notice('没有符合这些条件的任务。') : table([
      ['任务', (t) => el('b', { text: String(t.number) })],
      ['章 · 项目', (t) => `${t.chapter.numeral} · ${t.section.name ?? '—'}`],
      ['内容', (t) => [el('div', { class: 'task-text', text: t.text }), targetList(t.targets)]],
      ['牵头领导', (t) => el('span', {}, names(t.leaders) || '—',
        t.leaderSource === 'OWN' ? null : el('span', { class: `badge source-${t.leaderSource}`, text: label(LEADER_SOURCE, t.leaderSource) }))],
      ['牵头单位', (t) => names(t.leadUnits)],
      ['配合单位', (t) => names(t.supportUnits)],
      ['出处', (t) => el('code', { text: t.location ?? '—' })],
    ], tasks.nodes, { class: 'data', id: 'task-table' }));
}

/** The API's TaskWhere of the URL's filters. */
function filterOf(state) {
  const where = { chapter: state.chapter, section: state.section, unit: state.unit, role: state.unit ? state.role : null,
    official: state.official, leaderSource: state.source, text: state.text };
  return Object.fromEntries(Object.entries(where).filter(([, v]) => v));
}

/** The cursor after which page `page` starts: the API's cursors are opaque, so earlier pages are skipped through it. */
async function cursorBefore(where, page, app) {
  let after = null;
  for (let skip = (page - 1) * PAGE_SIZE; skip > 0; skip -= 100) {
    after = (await query(TASK_CURSOR, { where, first: Math.min(100, skip), after, plan: app.plan.id })).tasks.pageInfo.endCursor;
  }
  return after;
}

async function downloadAll(where, app) {
  const all = await allPages(TASKS, { where, plan: app.plan.id }, (d) => d.tasks);
  const suffix = Object.values(where).join('-');
  downloadCsv(all.nodes, `任务-${app.plan.id}${suffix ? '-' + suffix : ''}.csv`);
}

function filters(meta, units, state, app) {
  const set = (key) => (value) => app.navigate({ [key]: value, page: null, ...(key === 'chapter' ? { section: null } : {}) });
  const chapter = meta.chapters.find((c) => c.numeral === state.chapter);
  return el('form', { class: 'filters', id: 'task-filters', onsubmit: (e) => e.preventDefault() },
    select('chapter', '章', meta.chapters.map((c) => [c.numeral, `${c.numeral}、${c.title ?? '(标题缺失)'}`]),
      state.chapter, set('chapter')),
    chapter ? select('section', '项目', chapter.sections.map((s) => [s.name ?? s.number, `${s.number ?? '—'}. ${s.name ?? ''}`]),
      state.section, set('section')) : null,
    input('unit', '单位', state.unit, set('unit'), units),
    select('role', '单位角色', Object.entries(ROLE), state.role, set('role')),
    select('official', '牵头领导', meta.officials.nodes.map((o) => [o.name, o.name]), state.official, set('official')),
    select('source', '领导来源', Object.entries(LEADER_SOURCE), state.source, set('source')),
    input('text', '内容包含', state.text, set('text')),
    FILTERS.some((f) => state[f]) ? el('button', { type: 'button', text: '清除筛选',
      onclick: () => app.navigate(Object.fromEntries([...FILTERS, 'page'].map((f) => [f, null]))) }) : null);
}
