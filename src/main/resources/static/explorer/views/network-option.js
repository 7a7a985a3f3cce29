// The ECharts option of a coordination network, with a level of detail that keeps thousands of units usable.
import { PALETTE, escape } from '../charts.js';
import { KIND, label } from '../labels.js';

/** Above this many units the force layout is too slow for one tab; units are placed by community instead. */
export const FORCE_LIMIT = 400;
/**
 * Up to this many units the force layout is computed before the first frame, so labels are placed once, and the
 * settled layout is then fitted below the legend (network-fit.js).
 */
export const SETTLED_LIMIT = 150;
/** Above FORCE_LIMIT: only the strongest links are drawn (the API sends them strongest first). */
export const EDGE_LIMIT = 2500;
/** Above FORCE_LIMIT: labels only for the largest units; the others show theirs on hover. */
const LABEL_LIMIT = 40;
const KINDS = Object.keys(KIND);
/** Communities with their own colour; smaller ones share a grey. */
const COLOURED_COMMUNITIES = PALETTE.length - 1;

/** The option for `network` (the API's answer) drawn with `settings` {size, colour, selected}. */
export function networkOption(network, settings) {
  const large = network.nodes.length > FORCE_LIMIT;
  const metric = settings.size === 'betweenness' ? (n) => n.betweenness : (n) => n.weightedDegree;
  const max = Math.max(1e-9, ...network.nodes.map(metric));
  const ranked = [...network.nodes].sort((a, b) => metric(b) - metric(a));
  const labelled = new Set(ranked.slice(0, large ? LABEL_LIMIT : ranked.length).map((n) => n.unit.name));
  const categories = settings.colour === 'community' ? communityCategories(network.nodes)
    : KINDS.map((k, i) => ({ name: label(KIND, k), itemStyle: { color: PALETTE[i] } }));
  const positions = large ? communityPositions(network.nodes) : null;
  const nodes = network.nodes.map((n) => ({
    id: n.unit.name, name: n.unit.name, value: metric(n), node: n,
    symbolSize: large ? 4 + 16 * Math.sqrt(metric(n) / max) : 8 + 30 * Math.sqrt(metric(n) / max),
    category: settings.colour === 'community' ? Math.min(n.community, COLOURED_COMMUNITIES) : KINDS.indexOf(n.unit.kind),
    label: { show: labelled.has(n.unit.name) },
    ...(positions ? positions.get(n.unit.name) : {}),
  }));
  const edges = (large ? network.edges.slice(0, EDGE_LIMIT) : network.edges).map((e) => ({
    source: e.source.name, target: e.target.name, value: e.sharedTaskCount,
    lineStyle: { width: Math.min(8, 0.5 + e.sharedTaskCount) },
  }));
  return {
    animation: false,
    tooltip: { confine: true, formatter: tooltip },
    legend: { type: 'scroll', top: 4, data: categories.map((c) => c.name) },
    series: [{
      type: 'graph', layout: large ? 'none' : 'force', roam: true, draggable: !large, zoom: large ? 1 : 0.85,
      // The drawing starts below the legend, so no unit's label runs under it.
      top: 40, bottom: 16, left: 16, right: 16,
      data: nodes, links: edges, categories,
      force: { repulsion: 420, edgeLength: [60, 220], gravity: 0.3, layoutAnimation: network.nodes.length > SETTLED_LIMIT },
      label: { position: 'right', fontSize: 12, color: '#222' },
      labelLayout: { hideOverlap: true },
      lineStyle: { color: 'source', opacity: large ? 0.15 : 0.35, curveness: 0.05 },
      emphasis: { focus: large ? 'self' : 'adjacency', label: { show: true }, lineStyle: { opacity: 0.9 } },
      selectedMode: 'single', select: { itemStyle: { borderColor: '#000', borderWidth: 3 } },
    }],
  };
}

function communityCategories(nodes) {
  const count = Math.max(0, ...nodes.map((n) => n.community)) + 1;
  const named = Array.from({ length: Math.min(count, COLOURED_COMMUNITIES) }, (_, i) => ({
    name: `社区 ${i + 1}`, itemStyle: { color: PALETTE[i] } }));
  return count > COLOURED_COMMUNITIES ? [...named, { name: '其他小社区', itemStyle: { color: '#bbb' } }] : named;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 10;

/**
 * Units placed without iterating, O(n): each community a disc of its units (a sunflower pattern, area by size),
 * the discs on a spiral, largest in the centre; units without partners end up on the rim.
 */
function communityPositions(nodes) {
  const groups = new Map();
  nodes.forEach((n) => {
    if (!groups.has(n.community)) {
      groups.set(n.community, []);
    }
    groups.get(n.community).push(n);
  });
  const positions = new Map();
  let placed = 0;
  [...groups.values()].sort((a, b) => b.length - a.length).forEach((members, g) => {
    const distance = g === 0 ? 0 : 2 * SPACING * Math.sqrt(placed + members.length / 2);
    const cx = distance * Math.cos(g * GOLDEN_ANGLE);
    const cy = distance * Math.sin(g * GOLDEN_ANGLE);
    members.forEach((n, i) => {
      const r = SPACING * Math.sqrt(i);
      positions.set(n.unit.name, { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) });
    });
    placed += members.length;
  });
  return positions;
}

function tooltip(p) {
  if (p.dataType === 'edge') {
    return `${escape(p.data.source)} — ${escape(p.data.target)}<br>共享任务 ${p.data.value} 项(点击查看)`;
  }
  const n = p.data.node;
  return `<b>${escape(n.unit.name)}</b>(${escape(label(KIND, n.unit.kind))})<br>任务 ${n.taskCount} 项 · 协作单位 ${n.degree} 个`
    + `<br>共享任务合计 ${n.weightedDegree} · 中介中心性 ${n.betweenness.toFixed(3)} · 社区 ${n.community + 1}`;
}
