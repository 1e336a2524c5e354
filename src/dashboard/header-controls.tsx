import { useState } from 'react';
import { LANGS } from '../data/ids';
import type { Lang } from '../data/schema';
import { LANGUAGE_NAMES, loadMessages, MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { THEMES, useTheme, type Theme } from './theme';

/** The reader's own settings: language (kept in the link) and colour theme (kept in this browser). */
export function HeaderControls() {
  const lang = useDashboardStore((s) => s.lang);
  const setLang = useDashboardStore((s) => s.setLang);
  const [theme, setTheme] = useTheme();
  const t = MESSAGES[lang];
  const [unavailable, setUnavailable] = useState<Lang | null>(null);
  // The other language's words load first, so that the page never shows a half-switched view.
  const switchLang = (next: Lang) =>
    void loadMessages(next).then(
      () => {
        setUnavailable(null);
        setLang(next);
      },
      () => setUnavailable(next),
    );
  return (
    <div className="header-controls">
      <label>
        {t.language}{' '}
        <select value={lang} onChange={(e) => switchLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {unavailable && (
        <p className="load-error" role="alert">
          {t.languageUnavailable(LANGUAGE_NAMES[unavailable])}
        </p>
      )}
      <label>
        {t.theme}{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
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
