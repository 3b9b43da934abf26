import type { ReportProps } from './reportProps';
import { ReportTable } from './ReportTable';

/** Capacity shortfalls in the summary year, then every risk the engine found, in words, grouped. */
export function RisksSection(props: ReportProps) {
  const { model, content, t, f, fileBase } = props;
  return (
    <section className="report-section report-break-before" aria-labelledby="report-risks-title" data-testid="report-risks">
      <h2 id="report-risks-title">{t('reports.doc.risks.title')}</h2>
      <h3>{content.capacity.title}</h3>
      {content.capacity.rows.length ? (
        <>
          <p className="report-note">{t('reports.doc.risks.capacityIntro')}</p>
          <ReportTable table={content.capacity} t={t} f={f} fileBase={fileBase} hideCaption />
        </>
      ) : (
        <p>{t('reports.doc.risks.capacityNone', { year: model.selection.year })}</p>
      )}
      <h3>{t('reports.doc.risks.warningsTitle')}</h3>
      {content.warnings.length === 0 ? <p>{t('reports.doc.risks.none')}</p> : <p className="report-note">{t('reports.doc.risks.warningsIntro')}</p>}
      {content.warnings.map((g) => (
        <div key={g.code} className={`report-warning-group report-severity-${g.severity}`} data-code={g.code}>
          <h4>
            <span className="report-badge">{g.severityLabel}</span> {g.title} <span className="muted">({f.number(g.count)})</span>
          </h4>
          <ul>
            {g.items.map((item, i) => (
              <li key={i}>
                {item.text} <span className="muted">{item.where}</span>
              </li>
            ))}
          </ul>
          {g.more > 0 ? <p className="muted">{t('reports.doc.risks.more', { count: g.more })}</p> : null}
        </div>
      ))}
    </section>
  );
}
