/**
 * Tagged passages as a REFI-QDA project (`.qdpx`, QDA-XML 1.0), which ATLAS.ti, MAXQDA, NVivo,
 * QDA Miner and QualCoder import: a zip with `project.qde` at its root and each document's text
 * under `sources/`.
 *
 * - Codes keep their hierarchy, names, descriptions and colours; codes that passages use but the
 *   codebook lacks are added at the top level, named by their id.
 * - Each document is a `TextSource` whose text is stored as `sources/<guid>.txt` (UTF-8, as is).
 * - Each passage is a `PlainTextSelection` with one `Coding` per code and the note as its
 *   `Description`. Positions are counted in code points, as the standard's tools do, not in the
 *   UTF-16 units of the sidecar.
 * - GUIDs are derived from ids (name-based, like UUID version 5), so exporting the same project
 *   twice gives the same file and exports diff cleanly.
 * - Orphaned passages are left out, since their positions are not valid; `skipped` counts them.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { codePointOffsets, exportCodes, isPlaced, sortedAnnotations, type ExportCode, type ExportInput } from './source';

/** Namespace for Readout's name-based GUIDs, so they cannot collide with other tools' version 5 ids. */
const GUID_NAMESPACE = Buffer.from('5f0c2a3e9b7d4c1e8a6f0d2b4e6a8c10', 'hex');

/** A GUID (`xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`) determined by `kind` and `name`. */
export function qdaGuid(kind: string, name: string): string {
  const hash = createHash('sha1').update(GUID_NAMESPACE).update(`${kind}\u0000${name}`, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Characters XML 1.0 cannot carry at all: they are dropped rather than make the file unreadable. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and line breaks and tabs, which parsers would turn into spaces. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** xsd:dateTime, which a hand-edited sidecar might not hold: other values are left out. */
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** The QDA-XML colour type: `#rgb` or `#rrggbb`. */
const RGB = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** Longest selection name; the full passage is in the source text. */
const NAME_LENGTH = 80;

function attributes(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
}

function dateTime(value: string): string | undefined {
  return XSD_DATE_TIME.test(value) ? value : undefined;
}

function shortName(text: string): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim());
  return points.length <= NAME_LENGTH ? points.join('') : `${points.slice(0, NAME_LENGTH - 1).join('')}…`;
}

export function exportQdpx(input: ExportInput): { bytes: Uint8Array; skipped: number } {
  const { roots } = exportCodes(input);
  const userGuid = (name: string) => qdaGuid('user', name);
  const codeGuid = (id: string) => qdaGuid('code', id);

  const users = new Map<string, string>([[input.author, userGuid(input.author)]]);
  for (const source of input.sources) {
    for (const annotation of source.annotations) if (!users.has(annotation.author)) users.set(annotation.author, userGuid(annotation.author));
  }

  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const creator = userGuid(input.author);
  const now = dateTime(input.now);
  lines.push(
    `<Project xmlns="urn:QDA-XML:project:1.0"${attributes([
      ['name', input.projectName],
      ['origin', 'Readout'],
      ['creatingUserGUID', creator],
      ['creationDateTime', now],
      ['modifyingUserGUID', creator],
      ['modifiedDateTime', now],
    ])}>`,
  );

  lines.push('  <Users>');
  for (const [name, guid] of users) lines.push(`    <User${attributes([['guid', guid], ['name', name]])}/>`);
  lines.push('  </Users>');

  if (roots.length > 0) {
    const writeCode = (code: ExportCode, indent: string) => {
      const color = code.color !== undefined && RGB.test(code.color) ? code.color : undefined;
      const open = `${indent}<Code${attributes([['guid', codeGuid(code.id)], ['name', code.name], ['isCodable', 'true'], ['color', color]])}`;
      if (!code.description && code.children.length === 0) {
        lines.push(`${open}/>`);
        return;
      }
      lines.push(`${open}>`);
      if (code.description) lines.push(`${indent}  <Description>${xmlText(code.description)}</Description>`);
      for (const child of code.children) writeCode(child, `${indent}  `);
      lines.push(`${indent}</Code>`);
    };
    lines.push('  <CodeBook>', '    <Codes>');
    for (const code of roots) writeCode(code, '      ');
    lines.push('    </Codes>', '  </CodeBook>');
  }

  const sourceFiles: Zippable = {};
  let skipped = 0;
  if (input.sources.length > 0) {
    lines.push('  <Sources>');
    for (const source of input.sources) {
      const sourceGuid = qdaGuid('source', source.path);
      const fileName = `${sourceGuid}.txt`;
      sourceFiles[`sources/${fileName}`] = new TextEncoder().encode(source.text);
      lines.push(
        `    <TextSource${attributes([
          ['guid', sourceGuid],
          ['name', source.path],
          ['plainTextPath', `internal://${fileName}`],
          ['creatingUser', creator],
          ['creationDateTime', now],
        ])}>`,
      );
      const toCodePoints = codePointOffsets(source.text);
      for (const annotation of sortedAnnotations(source.annotations)) {
        if (!isPlaced(annotation, source.text)) {
          skipped++;
          continue;
        }
        const { start, end } = annotation.position;
        const author = userGuid(annotation.author);
        const created = dateTime(annotation.created);
        // The selection's id includes the document, so a sidecar copied to another document
        // cannot produce the same GUID twice.
        const selectionKey = `${source.path}\u0000${annotation.id}`;
        lines.push(
          `      <PlainTextSelection${attributes([
            ['guid', qdaGuid('selection', selectionKey)],
            ['name', shortName(source.text.slice(start, end))],
            ['startPosition', String(toCodePoints(start))],
            ['endPosition', String(toCodePoints(end))],
            ['creatingUser', author],
            ['creationDateTime', created],
            ['modifyingUser', author],
            ['modifiedDateTime', dateTime(annotation.modified)],
          ])}>`,
        );
        if (annotation.note) lines.push(`        <Description>${xmlText(annotation.note)}</Description>`);
        for (const id of annotation.codes) {
          lines.push(
            `        <Coding${attributes([['guid', qdaGuid('coding', `${selectionKey}\u0000${id}`)], ['creatingUser', author], ['creationDateTime', created]])}>`,
            `          <CodeRef targetGUID="${codeGuid(id)}"/>`,
            '        </Coding>',
          );
        }
        lines.push('      </PlainTextSelection>');
      }
      lines.push('    </TextSource>');
    }
    lines.push('  </Sources>');
  }
  lines.push('</Project>', '');

  const files: Zippable = { 'project.qde': strToU8(lines.join('\n')), ...sourceFiles };
  // A fixed time stamp on the zip entries keeps the archive identical from one export to the next.
  const bytes = zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
  return { bytes, skipped };
}
