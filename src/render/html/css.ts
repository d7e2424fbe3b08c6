import type { HeadingStyle, Stylesheet } from '../stylesheet/types.js';
import { cssString } from './escape.js';

/**
 * Height of one line at single spacing, as a multiple of the font size. Word's single spacing
 * for Times New Roman, and CSS `line-height: normal` for Liberation Serif, are both about 1.15 em
 * (ascent + descent + line gap of the font), so a stylesheet spacing of 1 means this value.
 * NOTE: an estimate from the fonts' metrics; Word and Chromium may still break lines differently.
 */
export const SINGLE_LINE_HEIGHT = 1.15;

const ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;

function lineHeight(multiple: number): string {
  return (multiple * SINGLE_LINE_HEIGHT).toFixed(3);
}

/** Builds the page's stylesheet; every size and margin comes from the stylesheet file. */
export function pageCss(style: Stylesheet): string {
  return [pageRules(style), textRules(style), headingRules(style), tableRules(style), listRules(style), markRules(style)].join('\n');
}

function pageRules(style: Stylesheet): string {
  const { top, right, bottom, left } = style.page.margins;
  return `@page{size:${style.page.size};margin:${top} ${right} ${bottom} ${left};}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact;}
body{margin:0;color:#000;background:#fff;font-family:${cssString(style.fonts.pdf.family)};font-size:${style.body.size};line-height:${lineHeight(style.body.lineSpacing)};font-kerning:normal;}
@media screen{body{max-width:calc(210mm - ${left} - ${right});margin:${top} auto;}}
@media print{.provenance{display:none;}}
.provenance{margin-top:12pt;font-size:${style.footer.size};text-align:left;}`;
}

function textRules(style: Stylesheet): string {
  const body = style.body;
  return `p{margin:${body.spaceBefore} 0 ${body.spaceAfter} 0;text-indent:${body.firstLineIndent};text-align:${body.align};}
p.indent-none{text-indent:0;}
p.small{font-size:${style.small.size};}
p.keep-next{break-after:avoid-page;}
.align-left{text-align:left;}
.align-center{text-align:center;}
.align-right{text-align:right;}
.align-justify{text-align:justify;}
b{font-weight:700;}
i{font-style:italic;}
u{text-decoration:underline;}`;
}

function headingRules(style: Stylesheet): string {
  const rule = (level: 1 | 2 | 3, heading: HeadingStyle): string =>
    `h${level}{font-size:${heading.size};font-weight:${heading.bold ? 700 : 400};text-align:${heading.align};margin:${heading.spaceBefore} 0 ${heading.spaceAfter} 0;line-height:${lineHeight(style.body.lineSpacing)};break-after:avoid-page;break-inside:avoid;}`;
  return [rule(1, style.headings.h1), rule(2, style.headings.h2), rule(3, style.headings.h3)].join('\n');
}

/**
 * Writes the table rules. Header rows go into `thead`, which Chromium repeats on every page. Rows
 * avoid page breaks, but a row taller than a page is still split because no page can contain it.
 */
function tableRules(style: Stylesheet): string {
  const table = style.table;
  return `table.grid{width:100%;border-collapse:collapse;table-layout:fixed;font-size:${table.size};line-height:${lineHeight(table.lineSpacing)};margin:${table.spaceBefore} 0 ${table.spaceAfter} 0;}
table.grid thead{display:table-header-group;}
table.grid tr{break-inside:avoid;}
table.grid td{padding:${table.cellPadding.vertical} ${table.cellPadding.horizontal};vertical-align:top;text-align:left;overflow-wrap:anywhere;}
table.grid.border-all td{border:${table.borderWidth} solid #000;}
table.grid td p{margin:0;text-indent:0;text-align:inherit;}
table.grid td p.indent-first{text-indent:${style.body.firstLineIndent};}
${ALIGNMENTS.map((align) => `table.grid td.align-${align},table.grid td p.align-${align}{text-align:${align};}`).join('\n')}`;
}

function listRules(style: Stylesheet): string {
  const list = style.list;
  return `ol,ul{margin:0 0 ${list.spaceAfter} 0;padding-left:${list.indent};text-align:${style.body.align};}
ul{list-style-type:${cssString(`${list.bullet}\u00a0`)};}
li{padding-left:0;}`;
}

function markRules(style: Stylesheet): string {
  const [role, rule, name] = style.signature.widths;
  return `table.signature{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:${style.signature.spaceBefore};break-inside:avoid;}
table.signature td{padding:0;vertical-align:bottom;}
table.signature td.role{width:${role}%;text-align:left;}
table.signature td.rule{width:${rule}%;border-bottom:0.5pt solid #000;}
table.signature td.name{width:${name}%;text-align:right;}
p.stamp{margin-top:${style.stamp.spaceBefore};text-indent:0;text-align:left;}
div.page-break{break-after:page;}`;
}
