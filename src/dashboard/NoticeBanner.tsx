import { useDashboardStore } from '../state/filter-store';
import { MESSAGES } from '../i18n/messages';

/** Says what part of a pasted link was ignored. Text only: a link's contents are never rendered as HTML. */
export function NoticeBanner() {
  const notices = useDashboardStore((s) => s.notices);
  const dismiss = useDashboardStore((s) => s.dismissNotices);
  const t = MESSAGES[useDashboardStore((s) => s.lang)];
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t.linkNotice}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
