/**
 * A chart as an image file. The chart's <svg> is copied with the computed styles that matter for
 * drawing written onto each element (the stylesheet does not travel with the file), a white
 * background, the chart's title above it and its legend below it (recharts draws the legend in
 * HTML, outside the SVG). SVG is saved as it is; PNG is the same SVG drawn onto a canvas at twice
 * the size, entirely in the page (the CSP allows data: and blob: images; nothing goes over the
 * network).
 */

export interface LegendEntry {
  label: string;
  colour: string;
  /** An SVG dash array ('' for solid). */
  dash?: string;
  /** 'box' for a filled swatch (bars, where the colour may be a fill pattern of the chart); a line otherwise. */
  swatch?: 'line' | 'box';
}

/**
 * The legend recharts drew (as HTML beside its SVG) read back as entries, so that a saved image
 * carries it. Fills that are patterns (url(#…)) stay valid: the chart's <defs> go into the image.
 */
export function legendFromChart(area: HTMLElement): LegendEntry[] {
  const box = area.querySelector('.recharts-bar') !== null;
  return [...area.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('.recharts-legend-icon, path, line');
    const fill = icon?.getAttribute('fill');
    const stroke = icon?.getAttribute('stroke');
    const colour = box && fill && fill !== 'none' ? fill : stroke && stroke !== 'none' ? stroke : (fill ?? '#17211f');
    const dash = icon?.getAttribute('stroke-dasharray') ?? '';
    return { label: item.querySelector('.recharts-legend-item-text')?.textContent ?? item.textContent ?? '', colour, dash, swatch: box ? 'box' : 'line' };
  });
}

export interface ChartImageOptions {
  title: string;
  legend?: readonly LegendEntry[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style onto the copy. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const TITLE_HEIGHT = 28;
/** Room right of the chart: recharts lets the last axis label run past its SVG's edge. */
export const IMAGE_RIGHT_MARGIN = 16;
const LEGEND_ROW = 20;
const LEGEND_FONT_SIZE = 12;
const SWATCH = 24;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif';

function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  const declarations = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '' && v !== 'normal')
    .map(([p, v]) => `${p}:${v}`);
  if (declarations.length) copy.setAttribute('style', declarations.join(';'));
  copy.removeAttribute('class');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

function text(x: number, y: number, content: string, size: number, weight = 'normal'): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('style', `font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:#17211f`);
  el.textContent = content;
  return el;
}

/** Legend entries flowed into rows that fit the width, measured with the font they are drawn in. */
function layoutLegend(entries: readonly LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `${LEGEND_FONT_SIZE}px ${FONT}`;
  const measure = (s: string) => (ctx ? ctx.measureText(s).width : s.length * 7);
  const out: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 8;
  let row = 0;
  for (const entry of entries) {
    const w = SWATCH + 6 + measure(entry.label) + 18;
    if (x > 8 && x + w > width) {
      x = 8;
      row++;
    }
    out.push({ entry, x, row });
    x += w;
  }
  return out;
}

/** The chart as a standalone SVG document (text). */
export function chartSvgText(svg: SVGSVGElement, options: ChartImageOptions): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(Number(svg.getAttribute('width')) || box.width || 600);
  const chartHeight = Math.round(Number(svg.getAttribute('height')) || box.height || 300);
  const legend = layoutLegend(options.legend ?? [], width);
  const legendHeight = legend.length ? (Math.max(...legend.map((l) => l.row)) + 1) * LEGEND_ROW + 8 : 0;
  const height = TITLE_HEIGHT + chartHeight + legendHeight;
  const imageWidth = width + IMAGE_RIGHT_MARGIN;

  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(imageWidth));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${imageWidth} ${height}`);
  out.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  out.appendChild(title);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  out.appendChild(background);
  out.appendChild(text(8, 19, options.title, 14, '600'));
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(TITLE_HEIGHT));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  copy.setAttribute('overflow', 'visible');
  copy.removeAttribute('style');
  out.appendChild(copy);
  for (const { entry, x, row } of legend) {
    const y = TITLE_HEIGHT + chartHeight + 8 + row * LEGEND_ROW;
    if (entry.swatch === 'box') {
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('x', String(x));
      rect.setAttribute('y', String(y + 2));
      rect.setAttribute('width', String(SWATCH));
      rect.setAttribute('height', '12');
      rect.setAttribute('fill', entry.colour);
      rect.setAttribute('stroke', '#17211f');
      rect.setAttribute('stroke-width', '0.5');
      out.appendChild(rect);
    } else {
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', String(x));
      line.setAttribute('x2', String(x + SWATCH));
      line.setAttribute('y1', String(y + 8));
      line.setAttribute('y2', String(y + 8));
      line.setAttribute('stroke', entry.colour);
      line.setAttribute('stroke-width', '4');
      if (entry.dash) line.setAttribute('stroke-dasharray', entry.dash);
      out.appendChild(line);
    }
    out.appendChild(text(x + SWATCH + 6, y + 12, entry.label, LEGEND_FONT_SIZE));
  }
  return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out), width: imageWidth, height };
}

/** The SVG drawn at `scale` times its size into a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be encoded.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
