import { LANGS } from '../data/ids';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';
import { THEMES, useTheme, type Theme } from './theme';

/** The reader's own settings: language (kept in the link) and colour theme (kept in this browser). */
export function HeaderControls() {
  const lang = useDashboardStore((s) => s.lang);
  const setLang = useDashboardStore((s) => s.setLang);
  const [theme, setTheme] = useTheme();
  const t = MESSAGES[lang];
  return (
    <div className="header-controls">
      <label>
        {t.language}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {MESSAGES[l].languageName}
            </option>
          ))}
        </select>
      </label>
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
