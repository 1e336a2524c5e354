import type { Lang } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import type { UrlNotice } from '../state/url-state';

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
    case 'repeated-param':
      return n.repeatedParam(notice.key, notice.ignored);
    case 'renamed-param':
      return n.renamedParam(notice.given, notice.key);
  }
}
