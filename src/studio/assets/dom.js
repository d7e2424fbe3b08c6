// Small DOM helpers: every element is built with text nodes, never from HTML strings, so case
// data shown on the page cannot inject markup.

/**
 * Creates an element with attributes and children. Attribute values `false`, `null` and
 * `undefined` are left out; children may be strings, nodes or nested arrays.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends strings, nodes and nested arrays of them. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return parent;
}

/** Replaces the content of an element. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Formats an ISO date or instant as DD.MM.YYYY, with HH:MM when the value has a time. */
export function formatMoment(iso) {
  const date = `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return iso.length > 10 ? `${date} ${iso.slice(11, 16)}` : date;
}

/** Groups the digits of an amount by three with a no-break space: 862 220. */
export function formatAmount(amount) {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
