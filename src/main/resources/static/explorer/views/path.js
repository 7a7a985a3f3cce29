// Path between two units: the shortest chain unit → task → unit …, drawn and listed with each task's text.
import { query } from '../api.js';
import { PATH } from '../queries.js';
import { chart, escape } from '../charts.js';
import { el, input, notice, section } from '../dom.js';
import { ROLE, label } from '../labels.js';
import { unitNames } from '../units.js';

export async function show(container, state, app) {
  const names = await unitNames(app.plan.jurisdiction);
  if (app.stale()) {
    return;
  }
  const result = el('div', { id: 'path-result' });
  const form = el('form', { class: 'filters', id: 'path-form', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    app.navigate({ from: data.get('from').trim(), to: data.get('to').trim() });
  } },
  input('from', '从单位', state.from, null, names),
  input('to', '到单位', state.to, null, names),
  el('button', { type: 'submit', text: '查找路径' }));
  container.replaceChildren(section('两个单位之间的协作路径', form), result);
  if (!state.from || !state.to) {
    result.append(notice('输入两个单位(可用简称,如"发改委"),查找把它们连起来的最短任务链。'));
    return;
  }
  const steps = (await query(PATH, { from: state.from, to: state.to, plan: app.plan.id })).coordinationPath;
  if (app.stale()) {
    return;
  }
  if (steps.length === 0) {
    result.append(notice(`在本方案中,${state.from} 与 ${state.to} 之间没有 6 步以内的任务链。`));
    return;
  }
  const drawing = el('div', { class: 'chart path-chart', id: 'path-chart' });
  result.append(section(`${steps[0].unit.name} → ${steps[steps.length - 1].unit.name}:经过 ${steps.length - 1} 项任务`,
    drawing, el('ol', { class: 'path-steps' }, steps.slice(0, -1).map((s, i) => el('li', {},
      el('b', { text: s.unit.name }), `(${label(ROLE, s.role)})`, ' —— ',
      el('b', { text: `任务 ${s.via.number}` }), ' —— ', el('b', { text: steps[i + 1].unit.name }),
      `(${label(ROLE, s.nextRole)})`, el('div', { class: 'task-text', text: s.via.text }),
      el('div', { class: 'meta', text: `出处 ${s.via.location ?? '—'}` }))))));
  drawPath(drawing, steps);
}

function drawPath(element, steps) {
  const nodes = [];
  const links = [];
  steps.forEach((s, i) => {
    nodes.push({ name: `u${i}`, label: { formatter: s.unit.name }, x: i * 260, y: 0, symbol: 'circle', symbolSize: 46,
      itemStyle: { color: '#5470c6' } });
    if (s.via) {
      nodes.push({ name: `t${i}`, label: { formatter: `任务 ${s.via.number}` }, x: i * 260 + 130, y: 0,
        symbol: 'roundRect', symbolSize: [80, 30], itemStyle: { color: '#fac858' }, text: s.via.text });
      links.push({ source: `u${i}`, target: `t${i}` }, { source: `t${i}`, target: `u${i + 1}` });
    }
  });
  element.style.height = '180px';
  chart(element).setOption({
    animation: false,
    tooltip: { confine: true, extraCssText: 'max-width: 480px; white-space: normal;',
      formatter: (p) => (p.data.text ? escape(p.data.text) : escape(p.data.label?.formatter ?? '')) },
    series: [{ type: 'graph', layout: 'none', data: nodes, links, edgeSymbol: ['none', 'arrow'],
      label: { show: true, position: 'bottom', fontSize: 13, color: '#222' }, lineStyle: { width: 2, color: '#999' } }],
  });
}
