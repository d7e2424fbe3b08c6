type Json = Record<string, any>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

function schemaLink(schema: Json | undefined): string {
  if (!schema?.$ref) return '—';
  const name = refName(schema.$ref as string);
  return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
}

function parameterRows(document: Json, operation: Json): string {
  const rows = (operation.parameters as Json[]).map((reference) => {
    const parameter = document.components.parameters[refName(reference.$ref as string)] as Json;
    return `<tr><td><code>${escapeHtml(parameter.name as string)}</code></td><td>${escapeHtml(parameter.in as string)}</td><td>${escapeHtml(parameter.description as string)}</td></tr>`;
  });
  return rows.length === 0 ? '' : `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>meaning</th></tr>${rows.join('')}</table>`;
}

function responseRows(operation: Json): string {
  const rows = Object.entries(operation.responses as Record<string, Json>).map(([status, response]) => {
    const media = Object.entries((response.content ?? {}) as Record<string, Json>)
      .map(([type, entry]) => `<code>${escapeHtml(type)}</code> ${schemaLink(entry.schema as Json)}`)
      .join('<br>');
    return `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(response.description as string)}</td><td>${media}</td></tr>`;
  });
  return `<h4>Responses</h4><table><tr><th>status</th><th>meaning</th><th>body</th></tr>${rows.join('')}</table>`;
}

function operationSection(document: Json, path: string, method: string, operation: Json): string {
  const body = operation.requestBody ? `<p>Body: <code>application/json</code> ${schemaLink(operation.requestBody.content['application/json'].schema as Json)}</p>` : '';
  const open = Array.isArray(operation.security) && operation.security.length === 0 ? ' <span class="open">no key</span>' : '';
  return [
    `<section id="${escapeHtml(operation.operationId as string)}">`,
    `<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>${open}</h3>`,
    `<p><strong>${escapeHtml(operation.summary as string)}.</strong> ${escapeHtml(operation.description as string)}</p>`,
    body,
    parameterRows(document, operation),
    responseRows(operation),
    '</section>',
  ].join('\n');
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.method{background:#1f4e79;color:#fff;padding:0 .4rem;border-radius:3px}.open{font-size:.8em;color:#2e7d32}
pre{background:#f5f5f5;padding:.75rem;overflow:auto;font-size:13px}section{border-top:1px solid #ddd;padding-top:.5rem}`;

/**
 * Renders the OpenAPI document as one self-contained HTML page: no script and no external
 * resource, so it works offline and under a strict Content-Security-Policy.
 */
export function renderDocsPage(document: Json): string {
  const operations = Object.entries(document.paths as Record<string, Json>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as Json })),
  );
  const index = operations.map(({ path, method, operation }) => `<li><a href="#${escapeHtml(operation.operationId as string)}">${method.toUpperCase()} ${escapeHtml(path)}</a> — ${escapeHtml(operation.summary as string)}</li>`);
  const schemas = Object.entries(document.components.schemas as Record<string, Json>).map(
    ([name, schema]) => `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
  );
  const auth = document.security ? 'Every operation marked without “no key” needs <code>Authorization: Bearer &lt;key&gt;</code>.' : 'This instance requires no API key.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title as string)} ${escapeHtml(document.info.version as string)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(document.info.title as string)} <small>${escapeHtml(document.info.version as string)}</small></h1>
<p>${escapeHtml(document.info.description as string)}</p>
<p>${auth} The machine-readable document is <a href="/docs/openapi.json">/docs/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Operations</h2>
<ul>${index.join('')}</ul>
${operations.map(({ path, method, operation }) => operationSection(document, path, method, operation)).join('\n')}
<h2>Schemas</h2>
${schemas.join('\n')}
</body></html>
`;
}
