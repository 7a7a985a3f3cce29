// A task's measurable targets as a planner reads them: "≥ 5 %（以上）· 地区生产总值增长".
import { el } from './dom.js';
import { BOUND } from './labels.js';

/** The figure of a target with its bound as a sign and as the plan's word: ≥ 5 %（以上）. */
export function figure(target) {
  const [sign, word] = BOUND[target.bound] || ['', target.bound];
  return `${sign} ${target.value} ${target.unit}（${word}）`;
}

/** The targets of a task as a compact list (nothing when it has none); each names its metric and the text as written. */
export function targetList(targets) {
  if (!targets || targets.length === 0) {
    return null;
  }
  return el('ul', { class: 'targets' }, targets.map((t) => el('li', { title: `原文:${t.text}` },
    el('span', { class: 'target-figure', text: figure(t) }), ' ', el('span', { class: 'target-metric', text: t.metric }))));
}
