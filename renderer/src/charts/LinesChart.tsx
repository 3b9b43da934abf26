import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, colourOf, dashOf, GRID_STROKE } from './palette';

export interface LineSeries {
  key: string;
  name: string;
  /** The series' place in the palette (colour and dash); its index when absent. */
  style?: number;
  /** A thinner line without dots (a target beside what is achieved). */
  thin?: boolean;
}

export interface LinesChartProps {
  rows: readonly { year: number; values: Record<string, number | null> }[];
  series: readonly LineSeries[];
  format(value: number): string;
  /** The value axis; by default it fits the values (not from zero), so that differences between scenarios show. */
  domain?: [number | 'auto', number | 'auto'];
  /** A vertical mark at a year (e.g. the year a target becomes reachable). */
  mark?: { year: number; label: string };
}

/** Lines over the years, one per series, each with its own dash pattern. Lazy-loaded. */
export default function LinesChart({ rows, series, format, domain, mark }: LinesChartProps) {
  const data = rows.map((r) => ({ year: r.year, ...r.values }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      {/* Keyed by the series, so that the legend keeps their order when one is removed and added again. */}
      <LineChart key={series.map((x) => x.key).join('|')} data={data} margin={{ top: 16, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
        <XAxis dataKey="year" tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
        <YAxis tickFormatter={(v: number) => format(v)} width={72} tick={{ fill: AXIS_TEXT, fontSize: 12 }} domain={domain ?? ['auto', 'auto']} />
        <Tooltip formatter={(v) => format(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        {mark ? <ReferenceLine x={mark.year} stroke="#17211f" strokeDasharray="4 3" label={{ value: mark.label, position: 'top', fill: '#17211f', fontSize: 12 }} /> : null}
        {series.map((s, i) => {
          const style = s.style ?? i;
          return (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={colourOf(style)}
              strokeDasharray={s.thin ? '6 4' : dashOf(style)}
              strokeWidth={s.thin ? 1.5 : 2.5}
              dot={s.thin ? false : { r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
