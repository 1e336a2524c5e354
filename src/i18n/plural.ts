import type { Lang } from '../data/schema';

const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };
const rules = new Map<Lang, Intl.PluralRules>();

/** The word for `n` of something in the language's own plural rules: "1 chart", "26 charts". */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(LOCALES[lang])));
  return rule.select(n) === 'one' ? forms.one : forms.other;
}
