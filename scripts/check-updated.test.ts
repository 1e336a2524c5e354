// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexUpdatedProblems, updatedProblems } from './check-updated';

describe('a data file’s updated day', () => {
  const history = (days: Record<string, string>) => (file: string) => days[file] ?? null;

  it('may be the day of its last change or later, not earlier, and never in the future', () => {
    const files = [
      { file: 'series/a.json', updated: '2026-11-30' },
      { file: 'series/b.json', updated: '2026-11-02' },
      { file: 'series/c.json', updated: '2026-12-02' },
      { file: 'series/new.json', updated: '2026-12-01' },
    ];
    const problems = updatedProblems(files, history({ 'series/a.json': '2026-11-30', 'series/b.json': '2026-11-29', 'series/c.json': '2026-11-01' }), '2026-12-01');
    expect(problems).toEqual([
      "series/b.json: updated: 2026-11-02 is earlier than the file's last change, 2026-11-29: set it to the day you changed the file",
      'series/c.json: updated: 2026-12-02 is in the future (today is 2026-12-01)',
    ]);
  });

  it('is the newest of all in the index, which the dashboard shows as the data’s day', () => {
    expect(indexUpdatedProblems('2026-12-01', [{ file: 'events.json', updated: '2026-11-30' }])).toEqual([]);
    expect(indexUpdatedProblems('2026-11-01', [{ file: 'events.json', updated: '2026-11-30' }])).toEqual([
      "index.json: updated: 2026-11-01 is earlier than events.json (2026-11-30): the index's day is the data's, the newest of them all",
    ]);
  });
});
