/**
 * Each data file's `updated` day against its history: never before the file's last change (its
 * last commit, or today while it has changes not yet committed), never in the future.
 */
import { execFileSync } from 'node:child_process';

export interface UpdatedFile {
  file: string;
  updated: string;
}

/** The day a file last changed, or null where git cannot say (no repository, a file not yet tracked). */
export type LastChanged = (file: string) => string | null;

export function updatedProblems(files: readonly UpdatedFile[], lastChanged: LastChanged, today: string): string[] {
  return files.flatMap(({ file, updated }) => {
    if (updated > today) return [`${file}: updated: ${updated} is in the future (today is ${today})`];
    const changed = lastChanged(file);
    if (changed !== null && updated < changed) {
      return [`${file}: updated: ${updated} is earlier than the file's last change, ${changed}: set it to the day you changed the file`];
    }
    return [];
  });
}

/** The file's last change as git knows it: today if it differs from the last commit, else that commit's day. */
export function gitLastChanged(dataDir: string, today: string): LastChanged | null {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dataDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    return null;
  }
  return (file) => {
    try {
      if (git('status', '--porcelain', '--', file) !== '') return today;
      return git('log', '-1', '--format=%cs', '--', file) || null;
    } catch {
      return null;
    }
  };
}

/** The index's day is the dashboard's "Data last updated": no file may be newer. */
export function indexUpdatedProblems(indexUpdated: string, files: readonly UpdatedFile[]): string[] {
  const newer = files.filter((f) => f.updated > indexUpdated);
  return newer.length === 0
    ? []
    : [`index.json: updated: ${indexUpdated} is earlier than ${newer.map((f) => `${f.file} (${f.updated})`).join(', ')}: the index's day is the data's, the newest of them all`];
}
