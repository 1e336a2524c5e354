import { useShallow } from 'zustand/react/shallow';
import { SECTOR_IDS } from '../data/ids';
import { clipped, TEXT_LIMITS } from '../data/bounds';
import { MESSAGES } from '../i18n/messages';
import { useDashboardStore } from '../state/filter-store';

interface FilterBarProps {
  years: readonly number[];
  /** Title of the selected event, for its chip; undefined while events load or when none is selected. */
  eventTitle: string | undefined;
}

export function FilterBar({ years, eventTitle }: FilterBarProps) {
  const { sectors, from, to, event, lang } = useDashboardStore(
    useShallow((s) => ({ sectors: s.sectors, from: s.from, to: s.to, event: s.event, lang: s.lang })),
  );
  const { toggleSector, clearSectors, setYears, selectEvent, clearAll } = useDashboardStore(
    useShallow((s) => ({
      toggleSector: s.toggleSector,
      clearSectors: s.clearSectors,
      setYears: s.setYears,
      selectEvent: s.selectEvent,
      clearAll: s.clearAll,
    })),
  );
  const t = MESSAGES[lang];
  const chips = [
    ...sectors.map((id) => ({ key: id, text: t.sectorNames[id], remove: () => toggleSector(id) })),
    ...(from !== null || to !== null ? [{ key: 'years', text: t.yearsChip(from, to), remove: () => setYears(null, null) }] : []),
    ...(event !== null ? [{ key: 'event', text: t.eventChip(clipped(eventTitle ?? event, TEXT_LIMITS.eventTitle)), remove: () => selectEvent(null) }] : []),
  ];

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
        <YearSelect label={t.fromYear} anyLabel={t.anyYear} years={years} value={from} onChange={(y) => setYears(y, to)} />
        <YearSelect label={t.toYear} anyLabel={t.anyYear} years={years} value={to} onChange={(y) => setYears(from, y)} />
      </div>
      {chips.length > 0 && (
        <div className="chips">
          <ul aria-label={t.activeFilters}>
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" className="chip" aria-label={t.removeFilter(chip.text)} onClick={chip.remove}>
                  {chip.text} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="clear-all" onClick={clearAll}>
            {t.clearAll}
          </button>
        </div>
      )}
    </section>
  );
}

interface YearSelectProps {
  label: string;
  anyLabel: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
}

function YearSelect({ label, anyLabel, years, value, onChange }: YearSelectProps) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{anyLabel}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
