/**
 * Answering from the last analysis while a large document is analysed again: the text that
 * changed since is found by comparing both ends, and offsets are moved across it, either way.
 * Plain TypeScript without `vscode`, unit-tested in Node.
 */

/** One changed region: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest region outside of which the two texts are the same (common prefix and suffix). */
export function textChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Where an offset of the old text is in the new one; offsets inside the change go to its start. */
export function moveOffset(change: TextChange, offset: number): number {
  if (offset <= change.start) return offset;
  if (offset >= change.oldEnd) return offset + change.newEnd - change.oldEnd;
  return change.start;
}

/** Where an offset of the new text was in the old one; undefined inside or at the edges of the change. */
export function offsetBefore(change: TextChange, offset: number): number | undefined {
  if (touchesChange(change, offset, offset)) return undefined;
  return offset < change.start ? offset : offset - change.newEnd + change.oldEnd;
}

/** Whether a span of the new text reaches into, or borders on, text that changed. */
export function touchesChange(change: TextChange, start: number, end: number): boolean {
  return start <= change.newEnd && end >= change.start;
}
