import { wordsOf } from './messages';

export type { PageMessages } from './messages-en';

/** The words of the chart pages, the Share dialog and "Download all data", loaded with the rest of a language's. */
export const PAGE_MESSAGES = wordsOf((words) => words.page);
