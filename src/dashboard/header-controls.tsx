import { useEarlyInput } from '../shared/use-early-input';
import { useState } from 'react';
import { LANGS } from '../data/ids';
import type { Lang } from '../data/schema';
import { LANGUAGE_NAMES, loadMessages, MESSAGES } from '../i18n/messages';
import { chunkIsGone } from '../shared/chunk-error';
import { ChunkReload } from '../shared/chunk-reload';
import { useDashboardStore } from '../state/filter-store';
import { THEMES, useTheme, type Theme } from './theme';
import styles from './header-controls.module.css';
import errors from '../shared/load-error.module.css';

/** The reader's own settings: language (kept in the link) and colour theme (kept in this browser). */
export function HeaderControls() {
  const lang = useDashboardStore((s) => s.lang);
  const setLang = useDashboardStore((s) => s.setLang);
  const [theme, setTheme] = useTheme();
  const t = MESSAGES[lang];
  const [unavailable, setUnavailable] = useState<{ lang: Lang; stale: boolean } | null>(null);
  // The other language's words load first, so that the page never shows a half-switched view.
  const switchLang = (next: Lang) =>
    void loadMessages(next).then(
      () => {
        setUnavailable(null);
        setLang(next);
      },
      // Gone from the server (the site was deployed again since this page loaded): a reload brings
      // the new words; out of reach (offline): choosing again later will.
      (error: unknown) => void chunkIsGone(error).then((stale) => setUnavailable({ lang: next, stale })),
    );
  // A language or theme chosen before the page hydrated is applied once it has.
  const langSelect = useEarlyInput<HTMLSelectElement>(lang, (chosen) => switchLang(chosen as Lang));
  const themeSelect = useEarlyInput<HTMLSelectElement>(theme, (chosen) => setTheme(chosen as Theme));
  return (
    // header-controls: an unstyled, stable name the end-to-end tests find the header's controls by.
    <div className={`header-controls ${styles.controls}`}>
      <label>
        {t.language}{' '}
        <select ref={langSelect} value={lang} onChange={(e) => switchLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {unavailable?.stale && <ChunkReload lang={lang} />}
      {unavailable && !unavailable.stale && (
        <p className={errors.error} role="alert">
          {t.languageUnavailable(LANGUAGE_NAMES[unavailable.lang])}
        </p>
      )}
      <label>
        {t.theme}{' '}
        <select ref={themeSelect} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t.themes[th]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
