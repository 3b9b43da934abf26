import { useRef } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ChartImageMenu } from '../exports/ChartImageMenu';
import { shareAxisTop } from './chartData';
import type { LegendEntry } from '../exports/chartImage';
import { CHART_WIDTH } from './ComparisonChart';
import { GRID_COLOUR } from './palette';

/**
 * The local share over the horizon: per scenario the share reached (solid or dashed by scenario,
 * thick) and its target (thin, dotted), with the legend drawn in HTML beside it so that it prints
 * crisply and the saved image carries it too.
 */
export function TrajectoryLines({
  title,
  alt,
  rows,
  lines,
  formatShare,
}: {
  title: string;
  alt: string;
  rows: Record<string, number | null>[];
  lines: (LegendEntry & { dataKey: string; target: boolean })[];
  formatShare: (v: number) => string;
}) {
  const area = useRef<HTMLDivElement>(null);
  const top = shareAxisTop(rows);
  return (
    <figure className="report-chart" aria-labelledby="trajectory-chart-caption" data-testid="report-chart-trajectory">
      <div className="report-chart-head">
        <figcaption id="trajectory-chart-caption">{title}</figcaption>
        <ChartImageMenu target={area} title={title} legend={lines} testId="chart-image-trajectory" />
      </div>
      <div ref={area} role="img" aria-label={alt} className="report-chart-area">
        <LineChart width={CHART_WIDTH} height={250} data={rows} margin={{ top: 8, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" />
          <XAxis dataKey="year" stroke="#4b5a57" fontSize={11} />
          <YAxis domain={[0, top]} tickFormatter={formatShare} stroke="#4b5a57" fontSize={11} width={52} />
          {lines.map((l) => (
            <Line
              key={l.dataKey}
              dataKey={l.dataKey}
              stroke={l.colour}
              strokeWidth={l.target ? 1.5 : 3}
              strokeDasharray={l.dash || undefined}
              // Dots stay solid circles whatever the line's dash.
              dot={l.target ? false : { r: 3, fill: l.colour, stroke: l.colour, strokeDasharray: '0' }}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </div>
      <ul className="report-legend">
        {lines.map((l) => (
          <li key={l.dataKey}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={l.colour} strokeWidth={l.target ? 1.5 : 3} strokeDasharray={l.dash || undefined} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
