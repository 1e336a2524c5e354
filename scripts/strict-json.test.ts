// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../src/data/problems';
import { parseStrictJson } from './strict-json';

/** The English problems `parseStrictJson` throws for `text`, or [] when it reads it. */
function problemsOf(text: string, file = 'series/x.json'): string[] {
  try {
    parseStrictJson(file, text);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message.startsWith(`${file}: `)).toBe(true);
    return (error as DataFileError).problems;
  }
}

describe('parseStrictJson', () => {
  it('reads strict JSON as JSON.parse does', () => {
    const text = '{\n  "a": [1, 2, {"b": "$&"}],\n  "c": null\n}\n';
    expect(parseStrictJson('f.json', text)).toEqual(JSON.parse(text));
  });

  it('refuses a key given twice, naming the key, where it is and both lines', () => {
    const text = '{\n  "records": [\n    {\n      "value": 80,\n      "value": 8\n    }\n  ]\n}';
    expect(problemsOf(text)).toEqual(['key "value" given twice in one object (in records[0]): at line 4, column 7 and again at line 5, column 7']);
  });

  it('refuses a key given twice at the top level', () => {
    expect(problemsOf('{"id": "a",\n"id": "b"}')).toEqual(['key "id" given twice in one object (in the top level): at line 1, column 2 and again at line 2, column 1']);
  });

  it('accepts the same key in two objects', () => {
    expect(problemsOf('[{"value": 1}, {"value": 2}]')).toEqual([]);
  });

  it('refuses a byte-order mark', () => {
    expect(problemsOf('\uFEFF{"a": 1}')).toEqual(['starts with a byte-order mark (U+FEFF, line 1, column 1): save the file as UTF-8 without BOM']);
  });

  it('refuses an empty file, or one of blanks', () => {
    expect(problemsOf('')).toEqual(['is empty: a data file holds one JSON object']);
    expect(problemsOf(' \n\t')).toEqual(['is empty: a data file holds one JSON object']);
  });

  it('refuses text after the JSON, naming its line and column', () => {
    expect(problemsOf('{"a": 1}\n\nx')).toEqual(['text after the JSON value at line 3, column 1: a data file holds one JSON value']);
    expect(problemsOf('{"a": 1}\n{"b": 2}')).toEqual(['text after the JSON value at line 2, column 1: a data file holds one JSON value']);
  });

  it('names the line and column of a syntax error', () => {
    expect(problemsOf('{\n  "a": 1,\n}')).toEqual(['not valid JSON: Unexpected token RBrace found. at line 3, column 1']);
  });

  it('agrees with JSON.parse on any JSON without repeated keys (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseStrictJson('p.json', text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('refuses any object with a key repeated, whatever else it holds (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.jsonValue(), fc.jsonValue(), (rest, key, a, b) => {
        const members = Object.entries(rest)
          .filter(([k]) => k !== key)
          .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
        const text = `{${[...members, `${JSON.stringify(key)}: ${JSON.stringify(a)}`, `${JSON.stringify(key)}: ${JSON.stringify(b)}`].join(', ')}}`;
        const problems = problemsOf(text);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(`key ${JSON.stringify(key)} given twice`);
      }),
    );
  });
});
