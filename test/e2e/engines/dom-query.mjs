// The one place elements are found, for every engine: this function is sent to the page as
// source text and run there, so Chromium, Firefox and WebKit answer the same query the same
// way. It finds elements the way a person (or a screen reader) names them: by role and
// accessible name, by label, by visible text, by test id. The name computation is the part
// of accname 1.2 the app uses (aria-labelledby, aria-label, <label>, <legend>, <caption>,
// content); it is no general implementation. Self-contained on purpose: it is serialised.
//
// query: { role?, name?, exact?, level?, label?, text?, testId?, css?, within?, hasText?, checked?, nth? }
//   role + name     like getByRole (name: substring, case-insensitive; exact: whole name)
//   label           form controls named by it (like getByLabel)
//   text            the innermost elements whose text contains it (exact: whole text)
//   within          a query for the container to search in (its first match)
//   hasText         keep only elements whose text contains this
// op: 'count' (visible matches), 'countAll', 'element' / 'elementInPlace' (the one visible match),
// 'info' (its state), 'arm' (note whether the next click reaches it: window.__e2eArmed), or
// { set: value } / 'focus' / 'scroll' on it.
export function domQuery(query, op) {
  const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const isHiddenForA11y = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true' || e.hidden) return true;
      const style = getComputedStyle(e);
      if (style.display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  };
  const visible = (el) => {
    if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  /** Text as a name: skips aria-hidden and display:none parts (unless `force`), uses alt for images. */
  const textOf = (node, force = false) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1) return '';
    const el = node;
    if (!force && (el.getAttribute('aria-hidden') === 'true' || getComputedStyle(el).display === 'none')) return '';
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) return '';
    if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
    let text = '';
    for (const child of el.childNodes) text += textOf(child, false);
    // Block elements separate words as a layout would.
    const display = getComputedStyle(el).display;
    return display === 'inline' ? text : ` ${text} `;
  };

  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    const tag = el.tagName.toLowerCase();
    switch (tag) {
      case 'a':
        return el.hasAttribute('href') ? 'link' : '';
      case 'button':
        return 'button';
      case 'input': {
        const type = (el.getAttribute('type') || 'text').toLowerCase();
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'search') return 'searchbox';
        if (type === 'number') return 'spinbutton';
        if (type === 'range') return 'slider';
        if (type === 'hidden') return '';
        return 'textbox';
      }
      case 'select':
        return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'textarea':
        return 'textbox';
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'fieldset':
        return 'group';
      case 'section':
        return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
      case 'table':
        return 'table';
      case 'dialog':
        return 'dialog';
      case 'output':
        return 'status';
      case 'main':
        return 'main';
      case 'nav':
        return 'navigation';
      case 'ul':
      case 'ol':
        return 'list';
      case 'li':
        return 'listitem';
      case 'img':
        return 'img';
      case 'iframe':
        return 'iframe';
      default:
        return '';
    }
  };

  const byIds = (ids) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter(Boolean)
      .map((el) => textOf(el, true))
      .join(' ');

  const nameOf = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return norm(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
      const labels = [...(el.labels ?? [])].map((l) => {
        // A label's name leaves out the control it wraps.
        const copy = l.cloneNode(true);
        for (const c of copy.querySelectorAll('input, select, textarea')) c.remove();
        return l.contains(el) ? copy.textContent : textOf(l, true);
      });
      if (labels.length) return norm(labels.join(' '));
      return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (tag === 'FIELDSET') {
      const legend = [...el.children].find((c) => c.tagName === 'LEGEND');
      return norm(legend ? textOf(legend, true) : el.getAttribute('title'));
    }
    if (tag === 'TABLE') {
      const caption = el.querySelector('caption');
      return norm(caption ? textOf(caption, true) : el.getAttribute('title'));
    }
    if (tag === 'IMG') return norm(el.getAttribute('alt'));
    const role = roleOf(el);
    if (['button', 'link', 'heading', 'radio', 'checkbox', 'tab', 'option', 'listitem', 'cell', 'menuitem', 'switch'].includes(role)) return norm(textOf(el, true));
    return norm(el.getAttribute('title'));
  };

  const matches = (actual, expected, exact) => {
    if (expected && typeof expected === 'object' && 'source' in expected) return new RegExp(expected.source, expected.flags).test(actual);
    const a = norm(actual);
    const e = norm(expected);
    return exact ? a === e : a.toLowerCase().includes(e.toLowerCase());
  };

  const levelOf = (el) => {
    const aria = el.getAttribute('aria-level');
    if (aria) return Number(aria);
    const m = /^H([1-6])$/.exec(el.tagName);
    return m ? Number(m[1]) : undefined;
  };

  const find = (q, root) => {
    let candidates;
    if (q.css) candidates = [...root.querySelectorAll(q.css)];
    else if (q.testId) candidates = [...root.querySelectorAll(`[data-testid="${CSS.escape(q.testId)}"]`)];
    else if (q.label !== undefined) {
      candidates = [...root.querySelectorAll('input, select, textarea, [role="textbox"], [role="combobox"]')].filter((el) => matches(nameOf(el), q.label, q.exact));
    } else if (q.role) {
      // Only the elements that can have the role, then the role itself.
      const implicit = {
        button: 'button, input',
        link: 'a[href]',
        heading: 'h1, h2, h3, h4, h5, h6',
        radio: 'input[type="radio" i]',
        checkbox: 'input[type="checkbox" i]',
        textbox: 'input, textarea',
        searchbox: 'input[type="search" i]',
        spinbutton: 'input[type="number" i]',
        combobox: 'select',
        listbox: 'select',
        group: 'fieldset',
        region: 'section',
        table: 'table',
        dialog: 'dialog',
        status: 'output',
        img: 'img',
        list: 'ul, ol',
        listitem: 'li',
        main: 'main',
        navigation: 'nav',
        iframe: 'iframe',
      }[q.role];
      const selector = `${implicit ? `${implicit}, ` : ''}[role~="${q.role}"]`;
      candidates = [...root.querySelectorAll(selector)].filter((el) => roleOf(el) === q.role && !isHiddenForA11y(el));
      if (q.level !== undefined) candidates = candidates.filter((el) => levelOf(el) === q.level);
      if (q.name !== undefined) candidates = candidates.filter((el) => matches(nameOf(el), q.name, q.exact));
    } else if (q.text !== undefined) {
      const all = [...root.querySelectorAll('*')].filter((el) => !['SCRIPT', 'STYLE', 'HEAD', 'TITLE'].includes(el.tagName) && matches(el.textContent, q.text, q.exact));
      // The innermost ones only.
      candidates = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
    } else candidates = [...root.querySelectorAll('*')];
    if (q.hasText !== undefined) candidates = candidates.filter((el) => matches(el.textContent, q.hasText, false));
    if (q.checked !== undefined) candidates = candidates.filter((el) => Boolean(el.checked) === q.checked);
    return candidates;
  };

  let root = document;
  const chain = [];
  for (let q = query; q; q = q.within) chain.unshift(q);
  for (const q of chain.slice(0, -1)) {
    const container = find(q, root).find(visible);
    if (!container) return op === 'element' || (op && typeof op === 'object') || op === 'info' ? { error: `no container ${JSON.stringify(q)}` } : 0;
    root = container;
  }
  const last = chain[chain.length - 1];
  const all = find(last, root);
  if (op === 'countAll') return all.length;
  if (last.nth !== undefined) {
    // The nth match, shown or not (the frames of a page, in document order).
    const el = all[last.nth];
    if (!el) return { error: `no match number ${last.nth}` };
    if (op === 'element') return { element: el };
    return { error: 'nth is for frames only' };
  }
  const shown = all.filter(visible);
  if (op === 'count') return shown.length;
  if (shown.length !== 1) return { error: shown.length === 0 ? 'no visible element matches' : `${shown.length} visible elements match (${shown.map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')).join(', ')})` };
  const el = shown[0];
  if (op === 'element' || op === 'elementInPlace') {
    // Into view first, as a person would scroll to it ('elementInPlace': the caller scrolls).
    if (op === 'element') el.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { element: el };
  }
  if (op === 'info') {
    return {
      tag: el.tagName.toLowerCase(),
      text: norm(el.textContent),
      value: 'value' in el ? el.value : undefined,
      checked: 'checked' in el ? el.checked : undefined,
      disabled: Boolean(el.disabled),
      focused: el === document.activeElement,
      name: nameOf(el),
      rect: (({ x, y, width, height }) => ({ x, y, width, height }))(el.getBoundingClientRect()),
      // Where it is in its document, whatever the scrolling: the same twice running = at rest.
      at: (({ x, y, width, height }) => `${x + scrollX},${y + scrollY},${width},${height}`)(el.getBoundingClientRect()),
    };
  }
  if (op === 'arm') {
    // Notes whether the next click reaches this element (a layout shift between finding it and
    // the click landing would send the click elsewhere). One listener per document.
    if (!window.__e2eArmed) {
      document.addEventListener(
        'click',
        (event) => {
          const armed = window.__e2eArmed;
          if (armed?.el && (armed.el === event.target || armed.el.contains(event.target))) armed.clicked = true;
        },
        true,
      );
    }
    window.__e2eArmed = { el, clicked: false };
    return { ok: true };
  }
  if (op === 'focus') {
    el.focus();
    return { ok: el === document.activeElement };
  }
  if (op === 'scroll') {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { ok: true };
  }
  if (op && typeof op === 'object' && 'set' in op) {
    // As a person's edit arrives: the value through the native setter (so React sees a change),
    // then input and change events.
    const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    el.focus();
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, op.set);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return { ok: el.value === op.set, value: el.value };
  }
  return { error: `unknown op ${JSON.stringify(op)}` };
}
