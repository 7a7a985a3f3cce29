// Accountability chain: an official or a task → tasks → lead units → support units, with where each is written.
import { query } from '../api.js';
import { OFFICIAL_CHAIN, OFFICIAL_NAMES, TASK_CHAIN } from '../queries.js';
import { el, input, names, notice, section, select, table } from '../dom.js';
import { targetList } from '../targets.js';
import { LEADER_SOURCE, label } from '../labels.js';
import { drawSankey } from './chain-sankey.js';

export async function show(container, state, app) {
  const officials = (await query(OFFICIAL_NAMES, { plan: app.plan.id })).officials.nodes;
  if (app.stale()) {
    return;
  }
  const result = el('div', { id: 'chain-result' });
  container.replaceChildren(section('责任链:谁为哪些任务负责,经由哪些单位',
    el('form', { class: 'filters', id: 'chain-form', onsubmit: (e) => e.preventDefault() },
      select('official', '牵头领导', officials.map((o) => [o.name, o.name]), state.official,
        (v) => app.navigate({ official: v, task: null }), '(请选择)'),
      input('task', '或任务编号', state.task, (v) => app.navigate({ task: v, official: null })))),
  result);
  if (state.official) {
    const official = (await query(OFFICIAL_CHAIN, { name: state.official, plan: app.plan.id,
      jurisdiction: app.plan.jurisdiction })).official;
    if (!app.stale()) {
      render(result, official.name, official.tasks.nodes, official.name);
    }
  } else if (state.task) {
    await showTask(result, state.task, app);
  } else {
    result.append(notice('选择一位牵头领导,或输入一个任务编号(如 56)。'));
  }
}

async function showTask(result, number, app) {
  if (!/^\d+$/.test(number)) {
    result.append(notice(`"${number}"不是任务编号:请输入数字,如 56。`, 'error'));
    return;
  }
  const task = (await query(TASK_CHAIN, { number: Number(number), plan: app.plan.id })).task;
  if (app.stale()) {
    return;
  }
  if (!task) {
    result.append(notice(`本方案没有第 ${number} 项任务(共 ${app.plan.taskCount} 项)。`, 'error'));
    return;
  }
  render(result, `任务 ${task.number} 的责任链`, [task]);
}

function render(result, title, tasks, official) {
  const inherited = tasks.filter((t) => t.leaderSource === 'INHERITED').length;
  const none = tasks.filter((t) => t.leaderSource === 'NONE').length;
  const drawing = el('div', { class: 'chart sankey', id: 'chain-chart' });
  result.replaceChildren(section(official ? `${title}:${tasks.length} 项任务` : title,
    el('p', { class: 'meta', id: 'chain-summary',
      text: `其中牵头领导本行列明 ${tasks.length - inherited - none} 项,从合并单元格继承 ${inherited} 项,未列牵头领导 ${none} 项。`
        + '图中:领导 → 任务 → 牵头单位 → 配合单位;橙色连线表示继承的牵头领导。' }),
    drawing,
    table([
      ['任务', (t) => el('b', { text: String(t.number) })],
      ['内容', (t) => [el('div', { class: 'task-text', text: t.text }), targetList(t.targets)]],
      ['牵头领导', (t) => `${names(t.leaders) || '—'}`],
      ['领导来源', (t) => el('span', { class: `badge source-${t.leaderSource}`, text: sourceText(t) })],
      ['牵头单位', (t) => names(t.leadUnits)],
      ['配合单位', (t) => names(t.supportUnits)],
      ['出处', (t) => el('code', { text: t.location ?? `第 ${t.line} 行` })],
    ], tasks, { class: 'data chain-table', id: 'chain-table' })));
  drawSankey(drawing, title, tasks, official);
}

function sourceText(task) {
  if (task.leaderSource === 'INHERITED') {
    return `${label(LEADER_SOURCE, 'INHERITED')}(第 ${task.leaderLine} 行)`;
  }
  return label(LEADER_SOURCE, task.leaderSource);
}
