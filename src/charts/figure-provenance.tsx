import type { Lang, Source, ValueRecord } from '../data/schema';
import { describeFlags, readFigure } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { sourceDate } from '../i18n/figure-text';
import { Quote } from '../shared/quote';
import { ClippedText } from '../shared/clipped-text';
import { TEXT_LIMITS } from '../data/bounds';
import { FigureCitation } from './figure-citation';
import styles from './figure-provenance.module.css';

/** A figure with everything behind it: value, flags, note, and each source's own words. */
export function FigureProvenance({ record, sources, lang }: { record: ValueRecord; sources: readonly Source[] | undefined; lang: Lang }) {
  const t = MESSAGES[lang];
  const place = [record.label?.[lang], record.year !== undefined ? String(record.year) : undefined].filter(Boolean).join(', ');
  return (
    <>
      <p className="prov-figure">
        <strong>{readFigure(record, lang)}</strong>
        {place && <span> · {place}</span>}
      </p>
      {record.flags.length > 0 && (
        <p className={styles.muted}>
          {t.flagsLabel}: {describeFlags(record.flags, lang)}
        </p>
      )}
      {record.derivation && (
        <p className={styles.muted}>
          <ClippedText text={record.derivation.note[lang]} max={TEXT_LIMITS.note} />
        </p>
      )}
      {record.note && (
        <p className={styles.muted}>
          <ClippedText text={record.note[lang]} max={TEXT_LIMITS.note} />
        </p>
      )}
      {record.citations.map((c, i) => {
        const source = sources?.find((s) => s.id === c.source);
        return (
          <Quote
            key={i}
            citation={c}
            lang={lang}
            caption={
              source ? (
                <>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.publication[lang]}
                    </a>
                  ) : (
                    source.publication[lang]
                  )}
                  , {sourceDate(source, lang)}
                </>
              ) : (
                c.source
              )
            }
          />
        );
      })}
      <FigureCitation record={record} sources={sources} lang={lang} />
    </>
  );
}
