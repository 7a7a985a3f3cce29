// Audit: the plan's audit report — findings grouped by code, with severity, task (a link to its chain) and location.
import { query } from '../api.js';
import { AUDIT } from '../queries.js';
import { el, notice, section, select, table } from '../dom.js';
import { FINDING, ORIGIN, SEVERITY, label } from '../labels.js';
import { href } from '../state.js';

const ORDER = Object.keys(SEVERITY);

export async function show(container, state, app) {
  const report = (await query(AUDIT, { plan: app.plan.id })).audit;
  if (app.stale()) {
    return;
  }
  const severity = SEVERITY[state.severity] ? state.severity : '';
  const shown = groups(report.findings.filter((f) => !severity || f.severity === severity));
  container.replaceChildren(section(`审计报告:${report.findings.length} 条发现`,
    summary(report),
    el('form', { class: 'filters', id: 'audit-filters', onsubmit: (e) => e.preventDefault() },
      select('severity', '严重程度', Object.entries(SEVERITY), severity, (v) => app.navigate({ severity: v }))),
    shown.length === 0 ? notice(severity ? `没有"${SEVERITY[severity]}"级别的发现。` : '审计没有发现任何问题。') : null,
    index(shown),
    shown.map((list) => group(list, app))));
}

/** One line per code, above the groups: what was found at a glance; a click scrolls to the group. */
function index(list) {
  return el('ul', { class: 'finding-index', id: 'finding-index' }, list.map(([{ code, severity }, ...rest]) => el('li', {},
    el('button', { type: 'button', class: 'finding-link', 'data-code': code,
      onclick: () => document.getElementById(`finding-${code}`).scrollIntoView() },
    el('span', { class: `severity severity-${severity}`, text: label(SEVERITY, severity) }),
    ' ', el('span', { text: label(FINDING, code) }), ' ', el('b', { class: 'count', text: String(rest.length + 1) })))));
}

/** Declared against read tasks, targets, and the findings of each severity. */
function summary(report) {
  const declared = report.declaredTaskCount == null ? '文件未声明任务数' : `文件声明 ${report.declaredTaskCount} 项`;
  const counts = ORDER.map((s) => el('span', { class: `severity severity-${s}`, 'data-severity': s,
    text: `${SEVERITY[s]} ${report.findings.filter((f) => f.severity === s).length}` }));
  return el('p', { class: 'audit-summary', id: 'audit-summary' },
    `读取 ${report.readTaskCount} 项任务(${declared})· ${report.targetCount} 个可量化目标 · 发现:`, ...counts,
    el('span', { class: 'meta', text: ` 来源 ${report.source}` }));
}

/** Findings by code, the most severe codes first, then the largest groups. */
function groups(findings) {
  const byCode = new Map();
  findings.forEach((f) => byCode.set(f.code, [...(byCode.get(f.code) || []), f]));
  const rank = (list) => ORDER.indexOf(list[0].severity);
  return [...byCode.values()].sort((a, b) => rank(a) - rank(b) || b.length - a.length);
}

function group(list, app) {
  const { code, severity, origin } = list[0];
  return el('details', { open: true, id: `finding-${code}`, class: `finding-group severity-${severity}`, 'data-code': code, 'data-severity': severity },
    el('summary', {}, el('span', { class: `severity severity-${severity}`, text: label(SEVERITY, severity) }),
      el('b', { text: label(FINDING, code) }), el('span', { class: 'meta', text: ` ${code} · ${label(ORIGIN, origin)}` }),
      el('span', { class: 'count', text: `${list.length} 条` })),
    table([
      ['任务', (f) => taskLink(f.task, app)],
      ['位置', (f) => el('code', { text: f.location ?? '—' })],
      ['说明', (f) => f.message],
    ], list, { class: 'data findings' }));
}

/** The task's number as a link to its accountability chain; the plan as a whole when there is none. */
function taskLink(task, app) {
  if (task == null) {
    return el('span', { class: 'meta', text: '全方案' });
  }
  return el('a', { href: href({ view: 'chain', plan: app.plan.id, task }), class: 'task-link', 'data-task': task,
    text: `任务 ${task}`, onclick: (e) => { e.preventDefault(); app.navigate({ view: 'chain', task: String(task) }); } });
}
