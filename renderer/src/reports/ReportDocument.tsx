import { AssumptionsSection } from './AssumptionsSection';
import { ComparisonSection } from './ComparisonSection';
import { PrintPageStyle } from './PrintPageStyle';
import { ReportCover } from './ReportCover';
import type { ReportProps } from './reportProps';
import { RisksSection } from './RisksSection';
import { SummarySection } from './SummarySection';
import { TrajectorySection } from './TrajectorySection';

/**
 * The council report, the same component on screen (the preview) and on paper (PDF): everything
 * in it is in the report's language (`lang` set for screen readers and hyphenation), whatever the
 * UI language is.
 */
export function ReportDocument(props: ReportProps) {
  const { content, t } = props;
  return (
    <article className="report-paper" lang={content.language} aria-label={t('reports.doc.title')} data-testid="report-document">
      <PrintPageStyle t={t} header={`${content.planName} – ${content.title}`} />
      <ReportCover {...props} />
      <SummarySection {...props} />
      <ComparisonSection {...props} />
      <TrajectorySection {...props} />
      <RisksSection {...props} />
      <AssumptionsSection {...props} />
    </article>
  );
}
