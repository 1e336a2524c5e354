import type { Lang, LocalText } from '../data/schema';
import type { Messages } from './messages-en';

export type { Messages };

const loaded: Partial<Record<Lang, Messages>> = {};

const notLoaded = (lang: Lang): never => {
  throw new Error(`the ${lang} messages are used before they were loaded (loadMessages('${lang}'))`);
};

/**
 * The interface's words in each language. A page loads only the languages it shows: its own
 * before it renders, another when the reader switches to it (`loadMessages`).
 */
export const MESSAGES: Readonly<Record<Lang, Messages>> = Object.defineProperties({} as Record<Lang, Messages>, {
  en: { enumerable: true, get: () => loaded.en ?? notLoaded('en') },
  vi: { enumerable: true, get: () => loaded.vi ?? notLoaded('vi') },
});

/** Each language's name in itself, for the language switch, whichever languages are loaded. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', vi: 'Tiếng Việt' };

export const messagesLoaded = (lang: Lang): boolean => loaded[lang] !== undefined;

/** Loads a language's messages; resolves at once when they are here. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  loaded[lang] = lang === 'vi' ? (await import('./messages-vi')).vi : (await import('./messages-en')).en;
}

export function pick(text: LocalText, lang: Lang): string {
  return text[lang];
}
