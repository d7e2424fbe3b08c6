/**
 * A problem found in content (rule packs, calendars, provider profiles, templates) or in markup.
 * Problems are data: the message is looked up by `code` in the locale files at the edge,
 * with `params` filled into its {placeholders}.
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  code: string;
  /** Path of the content file relative to the content root, e.g. `rules/calendars/kz/2017.json`. */
  file: string;
  /** JSON Pointer inside a JSON file. */
  pointer?: string;
  /** 1-based line (and column) inside a template or markup. */
  line?: number;
  column?: number;
  params: Record<string, string | number>;
}
