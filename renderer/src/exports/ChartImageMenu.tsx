import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSvgText, svgToPng, type LegendEntry } from './chartImage';
import { useAppStore } from '../state/appStore';
import { exportFileName, saveExport } from './saveExport';

/**
 * "Save chart as PNG / SVG" for any chart: give it the element that holds the chart's <svg>, its
 * title and legend. Used by the report's charts; the Compare view's charts can use it as they are.
 */
export function ChartImageMenu({ target, title, legend, testId }: { target: RefObject<HTMLElement | null>; title: string; legend?: readonly LegendEntry[]; testId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  async function save(type: 'png' | 'svg') {
    setOpen(false);
    const svg = target.current?.querySelector('svg');
    if (!svg) return;
    const name = exportFileName(title, type);
    let data: Uint8Array;
    try {
      const image = chartSvgText(svg, { title, ...(legend ? { legend } : {}) });
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
