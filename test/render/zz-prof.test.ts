import { test } from 'vitest';
import { parseMarkup } from '../../src/render/index.js';
test('prof', () => {
  const row = '<tr><td align="center">1</td><td>Копия паспорта &quot;Қазақ&quot; <b>№ 1</b><br/>вторая строка</td><td>Құжат қабылданды</td></tr>\n';
  const markup = `<document><table widths="10,60,30">\n${row.repeat(Math.ceil(1_000_000 / row.length))}</table></document>`;
  for (let i = 0; i < 5; i++) { const t = performance.now(); parseMarkup(markup); console.log(performance.now() - t); }
});
