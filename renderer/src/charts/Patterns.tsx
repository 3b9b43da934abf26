import { colourOf, patternOf } from './palette';

/** The id of series i's fill pattern within one chart (`prefix` keeps ids unique on the page). */
export const patternId = (prefix: string, i: number): string => `${prefix}-fill-${i}`;

/** The fill of series i: its colour, with its pattern on top (SVG patterns, drawn inline). */
export function seriesFill(prefix: string, i: number): string {
  return patternOf(i) === 'solid' ? colourOf(i) : `url(#${patternId(prefix, i)})`;
}

/** `<defs>` with the fill patterns of `count` series, for inside a chart's SVG. */
export function PatternDefs({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const kind = patternOf(i);
        if (kind === 'solid') return null;
        const c = colourOf(i);
        return (
          <pattern key={i} id={patternId(prefix, i)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={kind === 'stripes' ? 'rotate(45)' : undefined}>
            <rect width="6" height="6" fill={c} />
            {kind === 'stripes' ? <rect width="2" height="6" fill="#ffffff" fillOpacity="0.75" /> : null}
            {kind === 'dots' ? <circle cx="3" cy="3" r="1.3" fill="#ffffff" fillOpacity="0.85" /> : null}
            {kind === 'cross' ? <path d="M0 0L6 6M6 0L0 6" stroke="#ffffff" strokeOpacity="0.8" strokeWidth="1.2" /> : null}
            {kind === 'bands' ? <rect y="2" width="6" height="2" fill="#ffffff" fillOpacity="0.75" /> : null}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A small swatch of series i (for legends drawn outside recharts). */
export function Swatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <PatternDefs prefix={`${prefix}-sw${index}`} count={index + 1} />
      <rect width="14" height="14" rx="2" fill={seriesFill(`${prefix}-sw${index}`, index)} />
    </svg>
  );
}
