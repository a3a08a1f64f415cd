/**
 * JSON reading shared by the codebook and the sidecar parsers: the core's `parseJson` for the
 * value and its message, plus a syntax tree for pointing at an element. Node 20's `JSON.parse`
 * often leaves the position out of its message, so the tree's first error gives the place then.
 */
import { findNodeAtLocation, parseTree, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn, parseJson, type ParseResult } from '../core/knowledge';

export interface LocatedJson {
  value: unknown;
  /** Line and column (1-based) of the value at `path`, or of the nearest enclosing value that exists. */
  at(path: JSONPath): { line: number; column: number };
}

export function parseLocatedJson(source: string): ParseResult<LocatedJson> {
  // A byte order mark (editors on Windows add one) read as a space: same length, so places stay true.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const parsed = parseJson(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!parsed.ok) {
    const first = errors[0];
    return first && !/position \d+/.test(parsed.message) ? { ...parsed, ...lineColumn(text, first.offset) } : parsed;
  }
  const at = (path: JSONPath): { line: number; column: number } => {
    let node: Node | undefined;
    // A missing key points at the object that should have had it.
    for (let length = path.length; length >= 0 && !node; length--) node = tree ? findNodeAtLocation(tree, path.slice(0, length)) : undefined;
    return lineColumn(text, node?.offset ?? 0);
  };
  return { ok: true, value: { value: parsed.value, at } };
}
