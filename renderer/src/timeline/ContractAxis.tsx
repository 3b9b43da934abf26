import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import type { ContractRow } from './contractRows';
import { useContractSentence } from './contractSentence';
import { point, span, type TimeScale } from './timeScale';

export interface ReachMark {
  scenario: Scenario;
  /** The first year the local target is reached, or null within the horizon. */
  year: number | null;
}

/**
 * Contracts on a time axis drawn with CSS: the contract period, the extensions the plan uses, the
 * options it does not, the time still bound until a new supplier can start, the window in which
 * re-tendering must start, the option decision dates, the plan date, and the year each
 * scenario's local target becomes reachable. Each row is focusable and says all of it in words.
 */
export function ContractAxis({ rows, scale, planDate, reach }: { rows: readonly ContractRow[]; scale: TimeScale; planDate: string; reach: readonly ReachMark[] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const sentence = useContractSentence();
  return (
    <figure className="timeline" aria-labelledby="timeline-caption" data-testid="timeline-axis">
      <figcaption id="timeline-caption">{t('timeline.axis.title')}</figcaption>
      <TimelineLegend />
      <div className="timeline-body">
        <div className="timeline-head" aria-hidden="true">
          <span className="timeline-label" />
          <div className="timeline-track">
            {scale.years.map((y) => (
              <span key={y} className="timeline-year" style={span(scale, `${y}-01-01`, `${y}-12-31`)}>
                {y}
              </span>
            ))}
          </div>
        </div>
        <ul className="timeline-rows" aria-label={t('timeline.axis.rowsLabel')}>
          {rows.map((r) => {
            const text = sentence(r);
            const tl = r.timeline;
            return (
              <li key={r.contract.id} className="timeline-row" tabIndex={0} data-testid={`timeline-row-${r.contract.id}`}>
                <span className="timeline-label">
                  <span className="timeline-name">{r.contract.name}</span>
                  {r.tenderLate ? <span className="badge late-badge">{t('timeline.late')}</span> : null}
                </span>
                <div className="timeline-track" aria-hidden="true">
                  <span className="seg seg-tender" style={span(scale, tl.latestTenderStart, tl.plannedEnd)} data-testid="retender-window" />
                  <span className="seg seg-initial" style={span(scale, tl.start, tl.initialEnd)} />
                  {r.extension ? <span className="seg seg-extension" style={span(scale, r.extension.start, r.extension.end)} /> : null}
                  {r.stillBound ? <span className="seg seg-bound" style={span(scale, r.stillBound.start, r.stillBound.end)} /> : null}
                  {r.unusedOptions ? <span className="seg seg-option" style={span(scale, r.unusedOptions.start, r.unusedOptions.end)} /> : null}
                  {tl.options.map((o) => (
                    <span key={o.index} className="mark mark-decide" style={point(scale, o.decideBy)} />
                  ))}
                  <span className="mark mark-new" style={point(scale, tl.newSupplierFrom)} />
                </div>
                <span className="visually-hidden">{text}</span>
                <span className="timeline-tip" aria-hidden="true">
                  {text}
                </span>
              </li>
            );
          })}
          {reach.map(({ scenario, year }) => (
            <li key={scenario.id} className="timeline-row reach-row" tabIndex={0} data-testid={`timeline-reach-${scenario.id}`}>
              <span className="timeline-label">
                <span className="timeline-name">{t('timeline.reach.rowLabel', { scenario: scenario.name })}</span>
              </span>
              <div className="timeline-track" aria-hidden="true">
                <span className="seg seg-horizon" style={span(scale, `${scenario.startYear}-01-01`, `${scenario.startYear + scenario.years - 1}-12-31`)} />
                {year !== null ? (
                  <span className="mark mark-reach" style={point(scale, `${year}-01-01`)}>
                    <span className="mark-text">{year}</span>
                  </span>
                ) : (
                  <span className="reach-none" style={point(scale, `${scenario.startYear}-01-01`)}>
                    {t('timeline.reach.notWithin', { from: scenario.startYear, to: scenario.startYear + scenario.years - 1 })}
                  </span>
                )}
              </div>
              <span className="visually-hidden">
                {year !== null
                  ? t('timeline.reach.from', { year })
                  : t('timeline.reach.notWithin', { from: scenario.startYear, to: scenario.startYear + scenario.years - 1 })}
              </span>
            </li>
          ))}
        </ul>
        <div className="timeline-overlay" aria-hidden="true">
          {scale.years.map((y) => (
            <span key={y} className="timeline-gridline" style={point(scale, `${y}-01-01`)} />
          ))}
          <span className="timeline-today" style={point(scale, planDate)} data-testid="timeline-today">
            <span className="timeline-today-label">{t('timeline.today', { date: f.date(planDate) })}</span>
          </span>
        </div>
      </div>
      <p className="visually-hidden">{t('timeline.today', { date: f.date(planDate) })}</p>
    </figure>
  );
}

/** What each shape on the axis means, with the shape itself (never colour alone). */
function TimelineLegend() {
  const { t } = useTranslation();
  const items = [
    ['seg seg-initial', t('timeline.legend.initial')],
    ['seg seg-extension', t('timeline.legend.extension')],
    ['seg seg-option', t('timeline.legend.option')],
    ['seg seg-bound', t('timeline.legend.bound')],
    ['seg seg-tender', t('timeline.legend.tender')],
    ['mark mark-decide', t('timeline.legend.decide')],
    ['mark mark-new', t('timeline.legend.newSupplier')],
    ['mark mark-reach', t('timeline.legend.reach')],
    ['legend-today', t('timeline.legend.today')],
  ] as const;
  return (
    <ul className="timeline-legend" aria-label={t('timeline.legend.label')}>
      {items.map(([cls, text]) => (
        <li key={cls}>
          <span className="legend-key" aria-hidden="true">
            <span className={cls} />
          </span>
          {text}
        </li>
      ))}
    </ul>
  );
}
