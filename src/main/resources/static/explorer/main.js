// The explorer's shell: plan picker, view tabs, messages, and the URL as the one source of view state.
import { query } from './api.js';
import { onPlansChanged } from './live.js';
import { PLANS } from './queries.js';
import { VIEWS, current, href, next } from './state.js';
import { disposeAll } from './charts.js';
import { el } from './dom.js';
import * as overview from './views/overview.js';
import * as network from './views/network.js';
import * as path from './views/path.js';
import * as chain from './views/chain.js';
import * as tasks from './views/tasks.js';
import * as quality from './views/quality.js';
import * as audit from './views/audit.js';

const MODULES = { overview, network, path, chain, tasks, quality, audit };
const viewElement = document.getElementById('view');
const messageElement = document.getElementById('message');
let plans = [];
let generation = 0;

/** Shows a message above the view (errors of a request, unknown names); empty text hides it. */
export function showMessage(text, kind = 'error') {
  messageElement.hidden = !text;
  messageElement.className = kind;
  messageElement.textContent = text || '';
}

/** Changes the view state; `fresh` starts from the view and plan alone (another plan knows other names). */
function navigate(patch, { replace = false, fresh = false } = {}) {
  const from = current();
  const state = next(fresh ? { view: from.view, plan: from.plan } : from, patch);
  window.history[replace ? 'replaceState' : 'pushState'](null, '', href(state));
  route();
}

function renderNav(state) {
  const nav = document.getElementById('views');
  nav.replaceChildren(...VIEWS.map(([id, title]) => el('a', {
    href: href({ view: id, plan: state.plan }), 'data-view': id, text: title,
    class: id === state.view ? 'active' : null, 'aria-current': id === state.view ? 'page' : null,
    onclick: (e) => { e.preventDefault(); navigate({ view: id }); },
  })));
  const picker = document.getElementById('plan');
  picker.replaceChildren(...plans.map((p) => el('option', {
    value: p.id, text: `${p.jurisdiction} ${p.year ?? ''} · ${p.id}`, selected: p.id === state.plan,
  })));
}

async function route() {
  const state = current();
  const token = ++generation;
  let plan = plans.find((p) => p.id === state.plan);
  showMessage('');
  if (!plan) {
    if (state.plan) {
      showMessage(`未找到方案"${state.plan}",已显示最近导入的方案 ${plans[0].id}。`, 'warning');
    }
    plan = plans[0];
    window.history.replaceState(null, '', href({ ...state, plan: plan.id }));
    state.plan = plan.id;
  }
  renderNav(state);
  if (viewElement.dataset.view !== state.view || viewElement.dataset.plan !== plan.id) {
    disposeAll();
    viewElement.replaceChildren();
    viewElement.dataset.view = state.view;
    viewElement.dataset.plan = plan.id;
  }
  const app = { plan, navigate, showMessage, stale: () => token !== generation };
  try {
    await MODULES[state.view].show(viewElement, state, app);
  } catch (e) {
    if (!app.stale()) {
      showMessage(e.message || String(e));
    }
  }
}

async function start() {
  document.documentElement.dataset.started = 'yes';
  try {
    plans = (await query(PLANS)).plans;
  } catch (e) {
    viewElement.replaceChildren();
    showMessage(e.message);
    return;
  }
  if (plans.length === 0) {
    viewElement.replaceChildren(el('p', { class: 'notice info',
      text: '图谱中还没有方案。请先导入一份方案(java -jar dutygraph.jar load 方案.txt),再刷新本页。' }));
    return;
  }
  document.getElementById('plan').addEventListener('change', (e) => navigate({ plan: e.target.value }, { fresh: true }));
  window.addEventListener('popstate', route);
  onPlansChanged(refresh);
  route();
}

/** A plan was loaded on the server: read the plan list again and redraw the view when it shows that plan. */
async function refresh(change) {
  try {
    plans = (await query(PLANS)).plans;
  } catch (e) {
    return;
  }
  if (change.planId === viewElement.dataset.plan) {
    viewElement.dataset.plan = '';
  }
  await route();
  showMessage(`方案 ${change.planId} 已${change.kind === 'REPLACED' ? '重新导入' : '导入'},视图已更新。`, 'info');
}

start();
