// The view state lives in the URL (?view=network&plan=…&unit=…), so a link can be shared and Back works.

export const VIEWS = [
  ['overview', '概览'], ['network', '协作网络'], ['path', '协作路径'], ['chain', '责任链'], ['tasks', '任务表'],
  ['quality', '数据质量'], ['audit', '审计'],
];

/** The state the address bar holds now. */
export function current() {
  const params = new URLSearchParams(window.location.search);
  const state = Object.fromEntries(params.entries());
  if (!VIEWS.some(([id]) => id === state.view)) {
    state.view = 'overview';
  }
  return state;
}

/** The address of a state; empty values are left out. */
export function href(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, value);
    }
  }
  return '?' + params.toString();
}

/** The state after a change: a new view keeps only the plan; `patch` values of '' or null remove keys. */
export function next(state, patch) {
  const base = patch.view && patch.view !== state.view ? { plan: state.plan } : { ...state };
  return Object.fromEntries(Object.entries({ ...base, ...patch }).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
