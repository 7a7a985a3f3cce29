// Coordination network: units linked by shared tasks, filters in the URL, a side panel for a unit or a link.
import { query } from '../api.js';
import { CHAPTERS, NETWORK } from '../queries.js';
import { chart } from '../charts.js';
import { el, input, notice, select } from '../dom.js';
import { ROLE } from '../labels.js';
import { EDGE_LIMIT, FORCE_LIMIT } from './network-option.js';
import { drawNetwork } from './network-fit.js';
import { showEdge, showUnit } from './network-panel.js';

/** What is drawn now: the data key, the API's answer and the chart; reused while only the selection changes. */
let drawn = null;

export async function show(container, state, app) {
  const key = JSON.stringify([app.plan.id, state.chapter, state.role, state.min, state.size, state.colour]);
  if (!drawn || drawn.key !== key || !container.contains(drawn.element)) {
    await draw(container, state, app, key);
  }
  if (app.stale() || !drawn) {
    return;
  }
  selectInChart(state.unit);
  if (state.unit) {
    await showUnit(drawn.panel, state, app);
  } else if (state.pair) {
    await showEdge(drawn.panel, state, app);
  } else {
    drawn.panel.replaceChildren(notice('点击一个单位,查看它的任务、协作单位和牵头领导;点击一条连线,查看两个单位共同承担的任务。'),
      bridges(drawn.network, app));
  }
}

/** The units that bridge the most others (highest betweenness): where a planner may start. */
function bridges(network, app) {
  if (network.nodes.length === 0) {
    return null;
  }
  const top = [...network.nodes].sort((a, b) => b.betweenness - a.betweenness).slice(0, 10);
  return el('div', {}, el('h3', { text: '桥梁作用最大的单位(中介中心性)' }),
    el('ol', { class: 'partners' }, top.map((n) => el('li', {},
      el('a', { href: '#', text: n.unit.name, onclick: (e) => { e.preventDefault(); app.navigate({ unit: n.unit.name }); } }),
      ` ${n.betweenness.toFixed(3)} · 协作单位 ${n.degree} 个`))));
}

async function draw(container, state, app, key) {
  const started = performance.now();
  const [meta, data] = await Promise.all([query(CHAPTERS, { plan: app.plan.id }), networkOf(state, app)]);
  if (app.stale()) {
    return;
  }
  if (state.min !== undefined && !/^[1-9]\d*$/.test(state.min)) {
    app.showMessage(`"最少共享任务"须是 1 或更大的整数,"${state.min}"不是;按 1 显示。`, 'warning');
  }
  const network = data.coordinationNetwork;
  const element = el('div', { class: 'network-chart', id: 'network-chart', 'data-size': state.size || 'weighted',
    'data-colour': state.colour || 'kind' });
  const panel = el('aside', { class: 'side-panel', id: 'side-panel' });
  const status = el('p', { class: 'status', id: 'network-status' });
  container.replaceChildren(filters(meta.chapters, state, app), status,
    el('div', { class: 'network-layout' }, element, panel));
  drawn = { key, element, panel, network, instance: null };
  if (network.nodes.length === 0) {
    element.replaceChildren(notice('这个范围内没有单位:换一章、换一种角色,或把"最少共享任务"调低。'));
    return;
  }
  status.textContent = describe(network, state);
  status.classList.toggle('notice', network.edges.length === 0);
  const instance = chart(element, network.nodes.length > FORCE_LIMIT ? 'canvas' : 'svg');
  drawn.instance = instance;
  drawNetwork(instance, network, { size: state.size, colour: state.colour }, () => instance.on('rendered',
    function firstFrame() {
      instance.off('rendered', firstFrame);
      const ms = Math.round(performance.now() - started);
      element.dataset.drawnMs = String(ms);
      element.dataset.drawnSincePageOpen = String(Math.round(performance.now()));
      status.textContent = `${describe(network, state)} · 请求并绘制用时 ${ms} ms`;
    }));
  instance.on('click', (p) => selectClicked(p, app));
}

/** A click on a unit selects it, on a link selects the pair; both go into the URL. */
function selectClicked(p, app) {
  if (p.dataType === 'node') {
    app.navigate({ unit: p.data.id, pair: null });
  } else if (p.dataType === 'edge') {
    app.navigate({ unit: null, pair: `${p.data.source},${p.data.target}` });
  }
}

function describe(network, state) {
  const base = `${network.nodes.length} 个单位,${network.edges.length} 条协作连线`;
  if (network.edges.length === 0) {
    return `${base}:这些单位之间没有至少 ${minShared(state)} 项共同承担的任务。换一章、换一种角色,或把"最少共享任务"调低`;
  }
  return network.nodes.length > FORCE_LIMIT
    ? `${base}。单位较多:按社区排布,只画共享任务最多的 ${Math.min(EDGE_LIMIT, network.edges.length)} 条连线和最大的单位的名称(悬停看其他名称);按章筛选或提高"最少共享任务"可看得更清楚`
    : base;
}

/**
 * The API's network for the URL's filters. The server keeps every network it has computed; the first of a plan of
 * thousands of units can outrun the request time limit while the computation still finishes, so after a TIMEOUT
 * the page says so and asks once more.
 */
async function networkOf(state, app) {
  const variables = { plan: app.plan.id, chapter: state.chapter || null, role: state.role || null,
    minShared: minShared(state) };
  try {
    return await query(NETWORK, variables);
  } catch (e) {
    if (e.classification !== 'TIMEOUT' || app.stale()) {
      throw e;
    }
    app.showMessage('这个协作网络较大,服务器第一次计算超过了请求时限;算好的结果会保留,正在重新读取…', 'info');
    const data = await query(NETWORK, variables);
    app.showMessage('');
    return data;
  }
}

/** The URL's minimum of shared tasks: a whole number from 1, else 1 (the page says so). */
function minShared(state) {
  return /^[1-9]\d*$/.test(state.min ?? '1') ? Number(state.min ?? 1) : 1;
}

function selectInChart(unit) {
  if (!drawn.instance) {
    return;
  }
  drawn.instance.dispatchAction({ type: 'unselect', seriesIndex: 0,
    dataIndex: drawn.network.nodes.map((_, i) => i) });
  const index = drawn.network.nodes.findIndex((n) => n.unit.name === unit);
  if (index >= 0) {
    drawn.instance.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: index });
  }
}

function filters(chapters, state, app) {
  const set = (key) => (value) => app.navigate({ [key]: value, unit: null, pair: null });
  return el('form', { class: 'filters', id: 'network-filters', onsubmit: (e) => e.preventDefault() },
    select('chapter', '章', chapters.map((c) => [c.numeral, `${c.numeral}、${c.title ?? '(标题缺失)'}`]), state.chapter,
      set('chapter')),
    select('role', '角色', Object.entries(ROLE), state.role, set('role')),
    input('min', '最少共享任务', String(minShared(state)), (value) => (/^[1-9]\d*$/.test(value) ? set('min')(value)
      : app.showMessage(`"最少共享任务"须是 1 或更大的整数,"${value}"不是;仍按 ${minShared(state)} 显示。`, 'warning'))),
    el('label', { class: 'field' }, '大小按',
      el('select', { name: 'size', 'aria-label': '大小按', onchange: (e) => app.navigate({ size: e.target.value }) },
        el('option', { value: 'weighted', text: '共享任务合计(加权度)', selected: state.size !== 'betweenness' }),
        el('option', { value: 'betweenness', text: '中介中心性', selected: state.size === 'betweenness' }))),
    el('label', { class: 'field' }, '颜色按',
      el('select', { name: 'colour', 'aria-label': '颜色按', onchange: (e) => app.navigate({ colour: e.target.value }) },
        el('option', { value: 'kind', text: '单位类别', selected: state.colour !== 'community' }),
        el('option', { value: 'community', text: '协作社区', selected: state.colour === 'community' }))));
}
