import type { ReportProps } from './reportProps';
import { ReportTable } from './ReportTable';

/** The one-page decision summary: the recommended scenario, the rule that chose it, the key figures. */
export function SummarySection(props: ReportProps) {
  const { content, t, f, fileBase } = props;
  return (
    <section className="report-page report-section" aria-labelledby="report-summary-title" data-testid="report-summary">
      <h2 id="report-summary-title">{t('reports.doc.summary.title')}</h2>
      <div className="report-recommendation" data-testid="report-recommendation">
        <p className="report-recommendation-label">{t('reports.doc.summary.recommended')}</p>
        <p className="report-recommendation-name">{content.recommendedName ?? '–'}</p>
        <p>{content.recommendation}</p>
      </div>
      <p className="report-rule">
        <strong>{t('reports.doc.summary.ruleTitle')}</strong> {content.rule}
      </p>
      <ReportTable table={content.summary} t={t} f={f} fileBase={fileBase} />
      <p className="report-note">{t('reports.doc.summary.note')}</p>
    </section>
  );
}
