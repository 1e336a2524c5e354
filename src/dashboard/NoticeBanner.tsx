import { useDashboardStore } from '../state/filter-store';
import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import type { UrlNotice } from '../state/url-state';

/** Says what part of a pasted link was ignored. Text only: a link's contents are never rendered as HTML. */
export function NoticeBanner() {
  const notices = useDashboardStore((s) => s.notices);
  const dismiss = useDashboardStore((s) => s.dismissNotices);
  const lang = useDashboardStore((s) => s.lang);
  const t = MESSAGES[lang];
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t.linkNotice}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{describeNotice(n, lang)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** A link notice in the reader's words. */
export function describeNotice(notice: UrlNotice, lang: Lang): string {
  const n = MESSAGES[lang].notices;
  switch (notice.kind) {
    case 'unknown-sector':
      return n.unknownSector(notice.value);
    case 'bad-year':
      return n.badYear(notice.key, notice.value);
    case 'reversed-years':
      return n.reversedYears(notice.from, notice.to);
    case 'bad-event':
      return n.badEvent(notice.value);
    case 'unknown-event':
      return n.unknownEvent(notice.value);
    case 'bad-lang':
      return n.badLang(notice.value);
  }
}
