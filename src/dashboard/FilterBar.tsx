import { useShallow } from 'zustand/react/shallow';
import { SECTOR_IDS } from '../data/schema';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';

export function FilterBar({ years }: { years: readonly number[] }) {
  const { sectors, from, to, lang } = useDashboardStore(
    useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, lang: s.lang })),
  );
  const { toggleSector, clearSectors, setYears, clearAll } = useDashboardStore(
    useShallow((s) => ({ toggleSector: s.toggleSector, clearSectors: s.clearSectors, setYears: s.setYears, clearAll: s.clearAll })),
  );
  const t = MESSAGES[lang];
  const parseYear = (value: string) => (value === '' ? null : Number(value));
  const filtered = sectors.length > 0 || from !== null || to !== null;

  return (
    <section className="filter-bar" aria-label={t.filters}>
      <div role="group" aria-label={t.sectors} className="sector-toggles">
        <button type="button" className="toggle" aria-pressed={sectors.length === 0} onClick={clearSectors}>
          {t.allSectors}
        </button>
        {SECTOR_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className={`toggle toggle--${id}`}
            aria-pressed={sectors.includes(id)}
            onClick={() => toggleSector(id)}
          >
            {t.sectorNames[id]}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t.years} className="year-range">
        <label>
          {t.fromYear}{' '}
          <select value={from ?? ''} onChange={(e) => setYears(parseYear(e.target.value), to)}>
            <option value="">{t.anyYear}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.toYear}{' '}
          <select value={to ?? ''} onChange={(e) => setYears(from, parseYear(e.target.value))}>
            <option value="">{t.anyYear}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {filtered && (
        <button type="button" className="clear-all" onClick={clearAll}>
          {t.clearAll}
        </button>
      )}
    </section>
  );
}
