/**
 * Contract between the documents stage (Handlebars templates) and the renderers.
 *
 * A template renders to a small XML-like markup. The same parsed tree is turned into HTML
 * (for Chromium's PDF) and into DOCX (the `docx` library), so the two formats cannot drift.
 *
 * Elements (attributes in brackets, all values quoted):
 *   <document>                       root; exactly one
 *   <h1|h2|h3 [align]>               heading; inline content
 *   <p [align] [indent="first|none"] [size="small|normal"] [keep="next"]>   paragraph; inline content
 *   <b> <i> <u>                      inline emphasis, nestable
 *   <br/>                            line break inside a paragraph, heading, cell or list item
 *                                    (void elements may also be written without the slash: <br>)
 *   <table [widths="30,70"] [border="all|none"]>   widths in percent, one per column
 *     <tr [header="true"]>           header rows repeat on every page; rows never split
 *       <td [colspan] [rowspan] [align]>   inline content or <p> children
 *   <ol> / <ul> with <li>            numbered lists restart at 1 in every <ol>
 *   <signature role="…" name="…"/>   a signature line: role on the left, a rule, the name on the right
 *   <stamp/>                         the place for the seal («М.П.»)
 *   <pagebreak/>                     a page break
 * Whitespace in text collapses as in HTML. Text arrives HTML-escaped by Handlebars, so the parser
 * decodes the entities &lt; &gt; &amp; &quot; &#x27; &#x3D; &#x60; and numeric references. It also
 * decodes &apos; and &nbsp;, which template authors may write. Characters that XML forbids are
 * removed without a problem.
 * Problems carry 1-based lines and columns of this markup, counted in code points.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'bold' | 'italic' | 'underline'; children: InlineNode[] };

export interface Paragraph {
  type: 'paragraph';
  align?: Align;
  indent?: 'first' | 'none';
  size?: 'small' | 'normal';
  keepWithNext?: boolean;
  children: InlineNode[];
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  align?: Align;
  children: InlineNode[];
}

export interface TableCell {
  colspan: number;
  rowspan: number;
  align?: Align;
  /** Cell content: inline content is wrapped in one paragraph by the parser. */
  blocks: Paragraph[];
}

export interface TableRow {
  header: boolean;
  cells: TableCell[];
}

export interface Table {
  type: 'table';
  widths?: number[];
  border: 'all' | 'none';
  rows: TableRow[];
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: InlineNode[][];
}

export interface Signature {
  type: 'signature';
  role: string;
  name: string;
}

export type Block =
  | Paragraph
  | Heading
  | Table
  | List
  | Signature
  | { type: 'stamp' }
  | { type: 'pagebreak' };

export interface MarkupDocument {
  blocks: Block[];
}

/** A problem in rendered markup, located by line and column of the markup text. */
export interface MarkupProblem {
  code: string; // e.g. 'markup.unknown-element'
  line: number;
  column: number;
  params: Record<string, string | number>;
}

/** Provenance stamped into every file and shown in its footer line. */
export interface DocumentMeta {
  title: string;
  lang: 'ru' | 'kk';
  caseId: string;
  engineVersion: string;
  packId: string;
  packHash: string;
  templateHash: string;
  /** Fixed creation time (from the case), so that two renders of one case give identical bytes. */
  createdAt: string;
  /** Footer text under the page number, e.g. the provenance line. */
  footer: string;
  /** Localized page-number pattern with {page} and {pages}, e.g. «Страница {page} из {pages}». */
  pageLabel: string;
}
