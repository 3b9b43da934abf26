import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartImageMenu } from '../exports/ChartImageMenu';
import type { Bar as BarDatum } from './chartData';
import { colourOf, GRID_COLOUR } from './palette';

export const CHART_WIDTH = 660;

/**
 * The value at the outer end of a bar: right of a positive bar, and right of the zero line for a
 * negative one (left of it would run into the scenario names).
 */
function BarValue(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: string | number }) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  const right = Math.max(x, x + width);
  return (
    <text x={right + 4} y={y} dominantBaseline="central" fontSize={11} fill="#17211f">
      {props.value ?? ''}
    </text>
  );
}

/**
 * One comparison as horizontal bars, one per scenario, the value written at the end of each bar
 * (the printed page has no tooltip). Static: no animation, a fixed size, so print and screen
 * draw the same picture. The figure is named by its caption and read out by `alt`; the same
 * numbers are in a table for screen readers.
 */
export function ComparisonChart({
  id,
  title,
  alt,
  bars,
  format,
  tickFormat,
  tableHeaders,
}: {
  id: string;
  title: string;
  alt: string;
  bars: BarDatum[];
  format: (value: number) => string;
  /** Shorter labels for the axis (e.g. compact millions); `format` when absent. */
  tickFormat?: (value: number) => string;
  tableHeaders: { scenario: string; value: string };
}) {
  const area = useRef<HTMLDivElement>(null);
  const data = bars.map((b) => ({ name: b.name, value: b.value ?? 0, label: b.value === null ? '–' : format(b.value), index: b.index }));
  const height = 36 + bars.length * 40;
  return (
    <figure className="report-chart" aria-labelledby={`${id}-caption`} data-testid={`report-chart-${id}`}>
      <div className="report-chart-head">
        <figcaption id={`${id}-caption`}>{title}</figcaption>
        <ChartImageMenu target={area} title={title} testId={`chart-image-${id}`} />
      </div>
      <div ref={area} role="img" aria-label={alt} className="report-chart-area">
        <BarChart width={CHART_WIDTH} height={height} data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
          <XAxis type="number" tickFormatter={tickFormat ?? format} stroke="#4b5a57" fontSize={11} />
          <YAxis type="category" dataKey="name" width={230} stroke="#4b5a57" fontSize={11} interval={0} />
          <Bar dataKey="value" isAnimationActive={false} barSize={20}>
            {data.map((d) => (
              <Cell key={d.index} fill={colourOf(d.index)} />
            ))}
            <LabelList dataKey="label" content={<BarValue />} />
          </Bar>
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{tableHeaders.scenario}</th>
            <th scope="col">{tableHeaders.value}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.index}>
              <th scope="row">{d.name}</th>
              <td>{d.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
