// The studio's calls to its service. Every call sends the interface language, so problems and
// texts come back in it.

let language = document.documentElement.lang || 'ru';
let messages = {};

export function currentLang() {
  return language;
}

/** Formats the message `code` in the current language, filling `{name}` placeholders. */
export function t(code, params = {}) {
  const template = messages[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

/** Reads a problem document (or any error body) into one readable sentence. */
async function failure(response) {
  try {
    const problem = await response.json();
    return new Error(problem.detail ? `${problem.title}. ${problem.detail}` : JSON.stringify(problem));
  } catch {
    return new Error(`HTTP ${response.status}`);
  }
}

export async function getJson(path) {
  const response = await fetch(`${path}${path.includes('?') ? '&' : '?'}lang=${language}`, { headers: { accept: 'application/json', 'accept-language': language } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Posts the case text; `as` is `json` or `blob`. */
export async function postCase(path, text, as = 'json') {
  const response = await fetch(`${path}?lang=${language}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ text }),
  });
  if (!response.ok) throw await failure(response);
  return as === 'blob' ? response.blob() : response.json();
}

/** Switches the interface language and loads its messages. */
export async function useLanguage(lang) {
  language = lang;
  messages = await getJson('/studio/api/messages');
  document.documentElement.lang = lang;
}
