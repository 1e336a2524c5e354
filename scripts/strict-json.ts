/**
 * The one reader of data files at build time (`check:data` and the prerender): JSON as the
 * standard has it, and stricter where `JSON.parse` is silent. A key given twice in one object
 * (`"value": 80, "value": 8`, where `JSON.parse` keeps the last), a byte-order mark, an empty
 * file and text after the JSON are each refused with the file, line and column named.
 *
 * The syntax is checked by momoa (a maintained JSON parser that keeps every member and its
 * place); the value itself is then `JSON.parse`'s, so that it is exactly what the page gets.
 */
import { parse, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import { DataFileError, type Problem } from '../src/data/problems';

const BOM = '\uFEFF';

interface Place {
  line: number;
  column: number;
}

const at = (place: Place) => `line ${place.line}, column ${place.column}`;
const atVi = (place: Place) => `dòng ${place.line}, cột ${place.column}`;

function problem(en: string, vi: string): Problem {
  return { en, vi };
}

/** Each key given more than once in an object, at its second (third…) place. */
export function duplicateKeys(node: ValueNode | DocumentNode, path: string[] = []): { key: string; path: string[]; first: Place; again: Place }[] {
  switch (node.type) {
    case 'Document':
      return duplicateKeys(node.body, path);
    case 'Array':
      return node.elements.flatMap((element, i) => duplicateKeys(element.value, [...path, `[${i}]`]));
    case 'Object': {
      const seen = new Map<string, Place>();
      const found: { key: string; path: string[]; first: Place; again: Place }[] = [];
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const place = member.name.loc.start;
        const first = seen.get(key);
        if (first) found.push({ key, path, first, again: place });
        else seen.set(key, place);
        found.push(...duplicateKeys(member.value, [...path, key]));
      }
      return found;
    }
    default:
      return [];
  }
}

/** Where `[0].records` is: "records[0]" style, or "the top level". */
const pathText = (path: readonly string[]) => (path.length === 0 ? 'the top level' : path.map((p, i) => (p.startsWith('[') || i === 0 ? p : `.${p}`)).join(''));
const pathTextVi = (path: readonly string[]) => (path.length === 0 ? 'cấp ngoài cùng' : pathText(path));

/**
 * `text` (the content of `file`) as JSON, refused with a `DataFileError` naming `file`, the line,
 * the column and the key when it is not strict JSON.
 */
export function parseStrictJson(file: string, text: string): unknown {
  if (text.startsWith(BOM)) {
    throw new DataFileError(file, [
      problem(
        'starts with a byte-order mark (U+FEFF, line 1, column 1): save the file as UTF-8 without BOM',
        'bắt đầu bằng dấu thứ tự byte (U+FEFF, dòng 1, cột 1): hãy lưu tệp ở dạng UTF-8 không có BOM',
      ),
    ]);
  }
  if (text.trim() === '') throw new DataFileError(file, [problem('is empty: a data file holds one JSON object', 'trống: một tệp dữ liệu chứa một đối tượng JSON')]);
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'json' });
  } catch (error) {
    const e = error as Error & Partial<Place> & { offset?: number };
    const place = e.line !== undefined && e.column !== undefined ? { line: e.line, column: e.column } : undefined;
    // momoa's message ends with its own "(line:column)": named in words instead.
    const reason = e.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
    const afterJson = place !== undefined && e.offset !== undefined && isWholeValue(text.slice(0, e.offset));
    throw new DataFileError(file, [
      afterJson
        ? problem(`text after the JSON value at ${at(place)}: a data file holds one JSON value`, `có nội dung sau giá trị JSON ở ${atVi(place)}: một tệp dữ liệu chứa một giá trị JSON`)
        : problem(`not valid JSON: ${reason}${place ? ` at ${at(place)}` : ''}`, `không phải JSON hợp lệ: ${reason}${place ? ` ở ${atVi(place)}` : ''}`),
    ]);
  }
  const duplicates = duplicateKeys(ast);
  if (duplicates.length > 0) {
    throw new DataFileError(
      file,
      duplicates.map((d) =>
        problem(
          `key ${JSON.stringify(d.key)} given twice in one object (in ${pathText(d.path)}): at ${at(d.first)} and again at ${at(d.again)}`,
          `khóa ${JSON.stringify(d.key)} xuất hiện hai lần trong một đối tượng (trong ${pathTextVi(d.path)}): ở ${atVi(d.first)} và lại ở ${atVi(d.again)}`,
        ),
      ),
    );
  }
  return JSON.parse(text);
}

/** Whether `before` (the text before the place momoa stopped at) is already one whole JSON value: what follows is left over. */
function isWholeValue(before: string): boolean {
  if (before.trim() === '') return false;
  try {
    JSON.parse(before);
    return true;
  } catch {
    return false;
  }
}
