// Small DOM helpers: elements from data, never from HTML strings.

/** An element with attributes (class, text, on*: listeners, others as attributes) and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child);
    }
  }
  return node;
}

/** A table with a header row and one row per item; `columns` are [heading, item => cell content]. */
export function table(columns, items, attributes = {}) {
  return el('table', attributes,
    el('thead', {}, el('tr', {}, columns.map(([heading]) => el('th', { text: heading })))),
    el('tbody', {}, items.map((item) => el('tr', {}, columns.map(([, cell]) => el('td', {}, cell(item)))))));
}

/** A select with an empty choice first (labelled `none`); options are [value, label]. */
export function select(name, label, options, value, onchange, none = '(全部)') {
  return el('label', { class: 'field' }, label,
    el('select', { name, 'aria-label': label, onchange: (e) => onchange(e.target.value) },
      el('option', { value: '', text: none }),
      options.map(([v, text]) => el('option', { value: v, text, selected: String(v) === String(value ?? '') }))));
}

/** A text input with an optional datalist of choices; `onchange`, if given, runs on Enter or leaving the field. */
export function input(name, label, value, onchange, choices) {
  const listId = choices ? `${name}-choices` : undefined;
  return el('label', { class: 'field' }, label,
    el('input', { name, 'aria-label': label, value: value || '', list: listId,
      onchange: onchange && ((e) => onchange(e.target.value.trim())) }),
    choices ? el('datalist', { id: listId }, choices.map((c) => el('option', { value: c }))) : null);
}

/** Names joined the way the plan writes them. */
export function names(list) {
  return (list || []).map((item) => item.name).join('、');
}

/** A panel's heading and body. */
export function section(title, ...children) {
  return el('section', { class: 'panel' }, el('h2', { text: title }), ...children);
}

/** A notice inside a view (empty result, hint); `kind` is info or error. */
export function notice(text, kind = 'info') {
  return el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text });
}
