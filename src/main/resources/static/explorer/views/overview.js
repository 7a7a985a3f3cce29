// Overview: the plan itself, chapters by task count, officials by workload, units by lead and support tasks.
import { allPages, query } from '../api.js';
import { OVERVIEW, UNIT_WORKLOAD } from '../queries.js';
import { chart } from '../charts.js';
import { el, section } from '../dom.js';

/** Units shown in the workload chart: the busiest ones; the rest would be unreadable bars. */
const TOP_UNITS = 25;

export async function show(container, state, app) {
  const plan = app.plan;
  const [data, units] = await Promise.all([
    query(OVERVIEW, { plan: plan.id }),
    allPages(UNIT_WORKLOAD, { plan: plan.id, jurisdiction: plan.jurisdiction }, (d) => d.units),
  ]);
  if (app.stale()) {
    return;
  }
  const busy = units.nodes.filter((u) => u.lead + u.support > 0)
    .sort((a, b) => b.lead + b.support - (a.lead + a.support) || a.name.localeCompare(b.name, 'zh'));
  const chapters = el('div', { class: 'chart', id: 'chapters-chart' });
  const officials = el('div', { class: 'chart', id: 'officials-chart' });
  const workload = el('div', { class: 'chart tall', id: 'units-chart' });
  container.replaceChildren(el('div', { class: 'overview' },
    planCard(plan),
    section('牵头领导的任务数(点击查看责任链)', officials),
    wide(section('各章任务数', chapters)),
    wide(section(`单位的牵头与配合任务(前 ${Math.min(TOP_UNITS, busy.length)} 个,共 ${busy.length} 个单位有任务;点击查看协作网络)`,
      workload))));
  bars(chapters, data.chapters.map((c) => `${c.numeral}、${c.title ?? '(标题缺失)'}`),
    [{ name: '任务', data: data.chapters.map((c) => c.taskCount) }], 'chapter');
  bars(officials, data.officials.nodes.map((o) => o.name), [{ name: '任务', data: data.officials.nodes.map((o) => o.taskCount) }],
    'official');
  const top = busy.slice(0, TOP_UNITS);
  bars(workload, top.map((u) => u.name), [
    { name: '牵头', stack: 'all', data: top.map((u) => u.lead) },
    { name: '配合', stack: 'all', data: top.map((u) => u.support) }], 'unit');
  clickThrough(app, officials, workload);
}

function wide(panel) {
  panel.classList.add('wide');
  return panel;
}

function planCard(plan) {
  const declared = plan.declaredTaskCount;
  const countNote = declared == null ? '文件未声明任务数'
    : declared === plan.taskCount ? `与文件声明的"共${declared}项"一致` : `文件声明共 ${declared} 项,不一致`;
  return el('section', { class: 'panel plan-card' },
    el('h2', { text: plan.title || '(无标题)' }),
    el('dl', {},
      el('dt', { text: '发文单位' }), el('dd', { text: plan.issuer || '—' }),
      el('dt', { text: '辖区 / 年度' }), el('dd', { text: `${plan.jurisdiction} / ${plan.year ?? '—'}` }),
      el('dt', { text: '印发日期' }), el('dd', { text: plan.date || '—' }),
      el('dt', { text: '审议' }), el('dd', { text: plan.approvedBy || '—' }),
      el('dt', { text: '读取任务数' }), el('dd', { class: 'task-count', text: `${plan.taskCount} 项(${countNote})` }),
      el('dt', { text: '来源文件' }), el('dd', { text: plan.source })));
}

/** Horizontal bars, one category per row, longest first at the top. */
function bars(element, categories, series, kind) {
  element.style.height = `${Math.max(160, categories.length * 24 + 60)}px`;
  const instance = chart(element);
  instance.setOption({
    animation: false,
    grid: { left: 8, right: 40, top: series.length > 1 ? 30 : 10, bottom: 10, containLabel: true },
    legend: series.length > 1 ? { top: 0 } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 520, overflow: 'truncate' } },
    series: series.map((s) => ({ type: 'bar', ...s, label: { show: series.length === 1, position: 'right' } })),
  });
  element.dataset.kind = kind;
  element.chart = instance;
}

/** A click on an official opens its chain; on a unit, the network with the unit selected. */
function clickThrough(app, officials, workload) {
  officials.chart.on('click', (p) => app.navigate({ view: 'chain', official: p.name }));
  workload.chart.on('click', (p) => app.navigate({ view: 'network', unit: p.name }));
}
