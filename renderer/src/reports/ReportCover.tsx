import type { ReportProps } from './reportProps';

/** The cover: the plan, who it covers, its date, the scenarios and the language of the report. */
export function ReportCover({ content, t }: ReportProps) {
  return (
    <section className="report-page report-cover" aria-labelledby="report-title" data-testid="report-cover">
      <p className="report-kicker">{t('reports.doc.cover.kicker')}</p>
      <h1 id="report-title" className="report-title">
        {content.planName}
      </h1>
      <p className="report-subtitle">{content.title}</p>
      <dl className="facts report-facts">
        <dt>{t('reports.doc.cover.organisations')}</dt>
        <dd data-testid="report-cover-organisations">{content.organisations}</dd>
        <dt>{t('reports.doc.cover.planDate')}</dt>
        <dd>{content.planDate}</dd>
        <dt>{t('reports.doc.cover.period')}</dt>
        <dd>{content.horizon}</dd>
        <dt>{t('reports.doc.cover.scenarios')}</dt>
        <dd>{content.scenarioNames}</dd>
        <dt>{t('reports.doc.cover.language')}</dt>
        <dd>{content.languageName}</dd>
      </dl>
      <p className="report-cover-note">{t('reports.doc.cover.note', { plan: content.planName })}</p>
    </section>
  );
}
