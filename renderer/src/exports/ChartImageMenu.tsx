import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSvgText, svgToPng, type LegendEntry } from './chartImage';
import { useAppStore } from '../state/appStore';
import { exportFileName, saveExport } from './saveExport';

/**
 * "Save chart as PNG / SVG" for any chart: give it the element that holds the chart's <svg>, its
 * title and legend. Used by the report's charts and by every chart on screen (ChartFigure).
 */
export function ChartImageMenu({
  target,
  title,
  legend,
  testId,
}: {
  target: RefObject<HTMLElement | null>;
  title: string;
  /** The legend, or how to read it when the image is made (charts whose legend recharts draws). */
  legend?: readonly LegendEntry[] | ((area: HTMLElement) => readonly LegendEntry[]);
  testId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  async function save(type: 'png' | 'svg') {
    setOpen(false);
    const area = target.current;
    // The chart's own drawing: recharts' surface, not the small icons of its HTML legend.
    const svg = area?.querySelector<SVGSVGElement>('svg.recharts-surface:not(.recharts-legend-wrapper svg)') ?? area?.querySelector('svg');
    if (!area || !svg) return;
    const name = exportFileName(title, type);
    let data: Uint8Array;
    try {
      const entries = typeof legend === 'function' ? legend(area) : legend;
      const image = chartSvgText(svg, { title, ...(entries ? { legend: entries } : {}) });
      data = type === 'svg' ? new TextEncoder().encode(image.text) : await svgToPng(image.text, image.width, image.height);
    } catch {
      useAppStore.getState().notify('error', 'exports.failed', { file: name });
      return;
    }
    await saveExport(type, name, t(type === 'svg' ? 'exports.types.svg' : 'exports.types.png'), data);
  }

  return (
    <div className="chart-image-menu no-print" data-testid={testId}>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)} data-testid={`${testId}-toggle`}>
        {t('exports.chartImage.menu')}
      </button>
      {open ? (
        <div className="chart-image-options" role="group" aria-label={t('exports.chartImage.menu')}>
          <button type="button" onClick={() => void save('png')} data-testid={`${testId}-png`}>
            {t('exports.chartImage.png')}
          </button>
          <button type="button" onClick={() => void save('svg')} data-testid={`${testId}-svg`}>
            {t('exports.chartImage.svg')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
