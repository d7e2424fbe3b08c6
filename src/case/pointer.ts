/** Escapes one reference token of a JSON Pointer (RFC 6901). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((token) => '/' + escapeToken(token)).join('');
}
