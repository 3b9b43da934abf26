import { lazy, Suspense, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { legendFromChart } from '../exports/chartImage';
import { ChartImageMenu } from '../exports/ChartImageMenu';

/** recharts is loaded only when a chart is first shown, keeping it out of the initial JavaScript. */
export const BarsChart = lazy(() => import('./BarsChart'));
export const LinesChart = lazy(() => import('./LinesChart'));

/**
 * A chart with its accessible name (the caption), a short description for screen readers (the
 * chart is an image to them), the same numbers in a table under it (`children`), and "save as
 * PNG / SVG" with the title and legend drawn into the image.
 */
export function ChartFigure({ title, alt, chart, testId, children }: { title: string; alt: string; chart: ReactNode; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLDivElement>(null);
  return (
    <figure className="chart analysis-chart" aria-labelledby={`${id}-caption`} data-testid={testId}>
      <div className="chart-head">
        <figcaption id={`${id}-caption`}>{title}</figcaption>
        <ChartImageMenu target={area} title={title} legend={legendFromChart} testId={`${testId}-save`} />
      </div>
      <div ref={area} role="img" aria-label={alt} className="chart-area" data-testid={`${testId}-image`}>
        <Suspense fallback={<p className="muted">{t('results.loadingChart')}</p>}>{chart}</Suspense>
      </div>
      {children}
    </figure>
  );
}
