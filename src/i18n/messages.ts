import type { Lang, LocalText } from '../data/schema';
import type { Messages, PageMessages } from './messages-en';

export type { Messages };

interface Words {
  messages: Messages;
  page: PageMessages;
}

const loaded: Partial<Record<Lang, Words>> = {};

const notLoaded = (lang: Lang): never => {
  throw new Error(`the ${lang} messages are used before they were loaded (loadMessages('${lang}'))`);
};

/**
 * The interface's words in each language. A page loads only the languages it shows: its own
 * before it renders, another when the reader switches to it (`loadMessages`).
 */
export const MESSAGES = wordsOf((words) => words.messages);

/** One part of every language's words, read as `X[lang]` once that language is loaded. */
export function wordsOf<T>(part: (words: Words) => T): Readonly<Record<Lang, T>> {
  const get = (lang: Lang) => () => part(loaded[lang] ?? notLoaded(lang));
  return Object.defineProperties({} as Record<Lang, T>, { en: { enumerable: true, get: get('en') }, vi: { enumerable: true, get: get('vi') } });
}

/** Each language's name in itself, for the language switch, whichever languages are loaded. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', vi: 'Tiếng Việt' };

export const messagesLoaded = (lang: Lang): boolean => loaded[lang] !== undefined;

/** Loads a language's messages; resolves at once when they are here. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  loaded[lang] = lang === 'vi' ? await import('./messages-vi').then((m) => ({ messages: m.vi, page: m.pageVi })) : await import('./messages-en').then((m) => ({ messages: m.en, page: m.pageEn }));
}

export function pick(text: LocalText, lang: Lang): string {
  return text[lang];
}
