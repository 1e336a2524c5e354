/**
 * Ready citations, as plain text and as BibTeX: a chart (or one figure of it) on this dashboard,
 * then the article or articles its figures come from.
 */
import type { Lang, Source } from '../data/schema';
import { formatDate } from './format';
import { MESSAGES } from './messages';
import { PAGE_MESSAGES } from './page-messages';

export interface CitationInput {
  /** The chart's title, or for a single figure, the figure in words ("80% (2024)"). */
  title: string;
  /** The page cited: the chart's own page. */
  url: string;
  accessed: Date;
  /** The articles the figures come from, in the order the chart cites them. */
  sources: readonly Source[];
  lang: Lang;
  /** For a single figure: the sentence it comes from. */
  quote?: string | undefined;
}

export interface Citation {
  plain: string;
  bibtex: string;
}

/** "24 January 2025", "April 2025", "~April 2025"; in Vietnamese, as the page writes dates: "24/1/2025", "khoảng tháng 4/2025". */
export function citationDate(iso: string, lang: Lang, approx = false): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'vi') return formatDate(iso, lang, approx);
  if (year === undefined || month === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  // Made only when a reader asks for a citation, never in the prerendered page: Intl's wording may differ from the build's.
  return `${approx ? '~' : ''}${new Intl.DateTimeFormat('en-GB', { day: day === undefined ? undefined : 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)}`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The article as a reference: publication, author, title, date, URL. */
function articleReference(source: Source, lang: Lang): string {
  const parts = [
    source.publication[lang],
    source.author,
    `“${source.title}”`,
    citationDate(source.date, lang, source.dateApprox === true),
    source.url,
  ];
  return parts.filter(Boolean).join(', ');
}

function plainCitation(input: CitationInput): string {
  const t = PAGE_MESSAGES[input.lang];
  const what = input.quote === undefined ? `“${input.title}” [${t.chartWord}]` : `${input.title}: “${input.quote}”`;
  const lines = [
    `${what}. ${MESSAGES[input.lang].appTitle}. ${input.url}. ${t.accessed} ${citationDate(isoDay(input.accessed), input.lang)}.`,
    ...input.sources.map((s) => `${t.dataFrom}: ${articleReference(s, input.lang)}.`),
  ];
  return lines.join('\n');
}

const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Characters the classic fonts set otherwise (< as ¡), and the ligatures --, '' and `` read as a dash and quotes.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '-': '-{}',
  "'": "'{}",
  '`': '`{}',
};

/** Text safe inside a BibTeX field: the characters TeX reads as commands are escaped. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>|]|-(?=-)|'(?=')|`(?=`)/g, (char) => TEX_ESCAPES[char] ?? `\\${char}`);
}

/** A title kept as written: bibliography styles would otherwise lower-case its names ("China", "Nvidia"). */
const protectCase = (text: string) => `{${text}}`;

/** A URL in a BibTeX field, which is read verbatim: only braces need care. */
const bibtexUrl = (url: string) => url.replace(/[{}]/g, encodeURIComponent);

const citeKey = (...parts: string[]) => parts.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');

function bibtexEntry(type: string, key: string, fields: [string, string | undefined][]): string {
  const body = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${value}}`])).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

function bibtexCitation(input: CitationInput, key: string): string {
  const accessed = isoDay(input.accessed);
  const page = bibtexEntry('online', key, [
    ['title', protectCase(bibtexText(input.quote === undefined ? input.title : `${input.title}: “${input.quote}”`))],
    ['organization', bibtexText(MESSAGES[input.lang].appTitle)],
    ['url', bibtexUrl(input.url)],
    ['urldate', accessed],
    ['year', accessed.slice(0, 4)],
    ['langid', input.lang === 'vi' ? 'vietnamese' : 'english'],
    ['related', input.sources.map((s) => citeKey(s.id, s.date)).join(',') || undefined],
  ]);
  const articles = input.sources.map((s) =>
    bibtexEntry('article', citeKey(s.id, s.date), [
      ['journaltitle', bibtexText(s.publication[input.lang])],
      ['author', s.author === undefined ? undefined : bibtexText(s.author.split(/,\s*/).join(' and '))],
      ['title', protectCase(bibtexText(s.title))],
      ['date', s.date],
      ['url', s.url === undefined ? undefined : bibtexUrl(s.url)],
      ['note', s.dateApprox ? bibtexText(input.lang === 'vi' ? 'ngày ước chừng' : 'date approximate') : undefined],
    ]),
  );
  return [page, ...articles].join('\n\n');
}

/** The citation of a chart (or, with `quote`, of one figure): `id` names the BibTeX entry. */
export function citeChart(input: CitationInput, id: string): Citation {
  return { plain: plainCitation(input), bibtex: bibtexCitation(input, citeKey('china-tech-race', id, isoDay(input.accessed))) };
}
