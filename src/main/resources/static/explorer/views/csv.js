// Tasks as a CSV file the browser saves: UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese.
import { names } from '../dom.js';
import { LEADER_SOURCE, label } from '../labels.js';

const COLUMNS = [
  ['任务编号', (t) => t.number], ['章', (t) => t.chapter.numeral], ['项目', (t) => t.section.name ?? ''],
  ['内容', (t) => t.text], ['牵头领导', (t) => names(t.leaders)], ['领导来源', (t) => label(LEADER_SOURCE, t.leaderSource)],
  ['牵头单位', (t) => names(t.leadUnits)], ['配合单位', (t) => names(t.supportUnits)], ['出处', (t) => t.location ?? ''],
];

/** The CSV text of `tasks`, one row per task after the header. */
export function toCsv(tasks) {
  const rows = [COLUMNS.map(([heading]) => heading), ...tasks.map((t) => COLUMNS.map(([, cell]) => cell(t)))];
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saves `tasks` as `fileName`. */
export function downloadCsv(tasks, fileName) {
  const blob = new Blob(['\ufeff', toCsv(tasks)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
