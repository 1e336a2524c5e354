import { useDashboardStore } from '../state/filter-store';
import { MESSAGES } from '../i18n/messages';
import { describeNotice } from '../shared/notice-text';
import styles from './notice-banner.module.css';

/** A long link of bad values lists this many notices, then says how many more there are. */
const MAX_LISTED = 5;

/** Says what part of a pasted link was ignored. Text only: a link's contents are never rendered as HTML. */
export function NoticeBanner() {
  const notices = useDashboardStore((s) => s.notices);
  const dismiss = useDashboardStore((s) => s.dismissNotices);
  const lang = useDashboardStore((s) => s.lang);
  const t = MESSAGES[lang];
  if (notices.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <p>{t.linkNotice}</p>
      <ul>
        {notices.slice(0, MAX_LISTED).map((n, i) => (
          <li key={i}>{describeNotice(n, lang)}</li>
        ))}
        {notices.length > MAX_LISTED && <li>{t.notices.more(notices.length - MAX_LISTED)}</li>}
      </ul>
      <button type="button" className="pill-button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
