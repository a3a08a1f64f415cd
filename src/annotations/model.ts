/**
 * The tagging model: codes, tagged passages and the per-document sidecar file that stores them.
 * Plain data only. Offsets are UTF-16 code units into the document text (what
 * `TextDocument.offsetAt` counts), `start` inclusive and `end` exclusive.
 */

/** Version of the sidecar and codebook formats written by this release. */
export const ANNOTATION_SCHEMA_VERSION = 1;

/** One code of the codebook. Children have ids that extend their parent's (`cooperation.security`). */
export interface Code {
  /** Lowercase slug, dot-separated for children: `praise`, `cooperation.security`. */
  id: string;
  name: string;
  /** A CSS hex colour (`#1f77b4`); when absent the theme colour `readout.tag.background` is used. */
  color?: string;
  description?: string;
  children?: Code[];
}

export interface Codebook {
  version: number;
  codes: Code[];
}

/** A code with its place in the hierarchy, as lists and quick picks show it. */
export interface FlatCode {
  id: string;
  name: string;
  /** Names from the root down, for example `["Cooperation", "Security"]`. */
  path: string[];
  parentId: string | null;
  depth: number;
  color?: string;
  description?: string;
}

/** W3C Web Annotation TextQuoteSelector: the passage and a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector, in UTF-16 code units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** One tagged passage. */
export interface Annotation {
  /** `urn:uuid:…`, stable for the life of the annotation. */
  id: string;
  /** Code ids, at least one. */
  codes: string[];
  /** The analyst's note; empty when there is none. */
  note: string;
  author: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * True when the passage could not be found in the current text. The selectors then keep the
   * last known passage, so nothing the analyst wrote is lost and it can be placed again by hand.
   */
  orphaned: boolean;
}

/** The content of `.readout/annotations/<document path>.json`. */
export interface AnnotationFile {
  version: number;
  /** The document's path relative to its workspace folder, with `/` separators. */
  document: string;
  annotations: Annotation[];
}

/** A span of text, as the anchoring and auto-coding functions return them. */
export interface TextRange {
  start: number;
  end: number;
}

/** A change to a document: the UTF-16 range it replaced in the old text and the new text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
