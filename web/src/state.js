// Filters <-> URL: the address bar always holds the view, so a link reopens it.

export const SERVER_KEYS = ["text", "type", "actor", "outlet", "stance", "since", "until"];
export const CLIENT_KEYS = ["from", "to", "event"];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of [...SERVER_KEYS, ...CLIENT_KEYS]) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of [...SERVER_KEYS, ...CLIENT_KEYS]) {
    if (state[key]) params.set(key, state[key]);
  }
  const query = params.toString();
  const url = window.location.pathname + (query ? `?${query}` : "");
  window.history.replaceState(null, "", url);
}

export function serverQuery(state) {
  const params = new URLSearchParams();
  for (const key of SERVER_KEYS) if (state[key]) params.set(key, state[key]);
  return params;
}
