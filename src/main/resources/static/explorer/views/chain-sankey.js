// The chain as a Sankey: officials → tasks → lead units → support units; inherited leaders in orange.
import { chart, escape } from '../charts.js';

const INHERITED = '#fc8452';
const OWN = '#91a7d0';
const NONE_NODE = '(未列牵头领导)';

/**
 * Draws the chain of `tasks`; `title` names it. With `official`, only that official is the root (co-leaders are in
 * the table); without, each task's own leaders are.
 */
export function drawSankey(element, title, tasks, official) {
  const { nodes, links } = chainGraph(tasks, official);
  const perDepth = [0, 1, 2, 3].map((d) => nodes.filter((n) => n.depth === d).length);
  // About 22 px a row in the fullest column: one task is a thin band, forty tasks a tall diagram.
  element.style.height = `${Math.max(80, Math.max(...perDepth) * 22 + 40)}px`;
  chart(element).setOption({
    animation: false,
    tooltip: { confine: true, formatter: (p) => tooltip(p), extraCssText: 'max-width: 480px; white-space: normal;' },
    series: [{
      type: 'sankey', data: nodes, links, nodeAlign: 'left',
      left: 10, right: 120, top: 10, bottom: 10, nodeGap: 6, nodeWidth: 14, layoutIterations: 0,
      emphasis: { focus: 'adjacency' }, label: { fontSize: 12, color: '#222' },
      lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
    }],
  });
  element.setAttribute('aria-label', `${title} 的责任链图`);
}

/** Nodes in four columns (depth 0–3) and links counted by how many tasks they stand for. */
function chainGraph(tasks, official) {
  const nodes = new Map();
  const links = new Map();
  const node = (id, name, depth, extra = {}) => nodes.set(id, { name: id, label: { formatter: name }, depth, ...extra });
  const link = (source, target, extra = {}) => {
    const key = `${source}>${target}`;
    const existing = links.get(key);
    links.set(key, existing ? { ...existing, value: existing.value + 1 } : { source, target, value: 1, ...extra });
  };
  tasks.forEach((t) => {
    const taskId = `任务 ${t.number}`;
    node(taskId, taskId, 1, { text: t.text, location: t.location ?? `第 ${t.line} 行` });
    const leaders = official ? [official] : t.leaders.length ? t.leaders.map((o) => o.name) : [NONE_NODE];
    leaders.forEach((name) => {
      node(`o:${name}`, name, 0, name === NONE_NODE ? { itemStyle: { color: '#bbb' } } : {});
      link(`o:${name}`, taskId, { lineStyle: { color: t.leaderSource === 'INHERITED' ? INHERITED : OWN, opacity: 0.6 },
        source_: t.leaderSource, line: t.leaderLine });
    });
    t.leadUnits.forEach((u) => {
      node(`l:${u.name}`, u.name, 2);
      link(taskId, `l:${u.name}`);
      t.supportUnits.forEach((s) => {
        node(`s:${s.name}`, s.name, 3);
        link(`l:${u.name}`, `s:${s.name}`);
      });
    });
  });
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

function tooltip(p) {
  if (p.dataType === 'edge') {
    const via = p.data.source_ === 'INHERITED' ? `(牵头领导继承自第 ${p.data.line} 行的合并单元格)` : '';
    return `${escape(strip(p.data.source))} → ${escape(strip(p.data.target))} ${p.data.value > 1 ? p.data.value + ' 项' : ''}${via}`;
  }
  return p.data.text ? `${escape(p.data.name)}(${escape(p.data.location)}):${escape(p.data.text)}`
    : escape(strip(p.data.name));
}

function strip(id) {
  return id.replace(/^[ols]:/, '');
}
