/**
 * Procurement thresholds per country, dated. EU thresholds are revised every two years: the
 * table is editable in each plan, and the 2026–2027 values must be entered when published.
 * Source: Måltid domain brief §2.1 (Upphandlingsmyndigheten, Konkurrence- og Forbrugerstyrelsen,
 * hankintalaki 1397/2016).
 */
import type { Threshold } from '../model/types';

export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  { id: 'se-direct-award', country: 'SE', kind: 'direct_award', amountMinor: 70_000_000, currency: 'SEK', validFrom: '2022-02-01', source: 'LOU 2016:1145: fixed in law since 2022-02-01; counted per financial year over purchases of the same kind.' },
  { id: 'se-eu-2024', country: 'SE', kind: 'eu_sub_central_goods_services', amountMinor: 238_958_500, currency: 'SEK', validFrom: '2024-01-01', validTo: '2025-12-31', source: 'Upphandlingsmyndigheten: EUR 221,000 for 2024–2025.' },
  { id: 'dk-eu-2024', country: 'DK', kind: 'eu_sub_central_goods_services', amountMinor: 164_463_800, currency: 'DKK', validFrom: '2024-01-01', validTo: '2025-12-31', source: 'Konkurrence- og Forbrugerstyrelsen, tærskelværdier 2024 og 2025.' },
  { id: 'dk-small-lots-2024', country: 'DK', kind: 'small_lots_rule', amountMinor: 59_534_400, currency: 'DKK', validFrom: '2024-01-01', validTo: '2025-12-31', source: 'Konkurrence- og Forbrugerstyrelsen (delydelser).' },
  { id: 'fi-national', country: 'FI', kind: 'national_goods_services', amountMinor: 6_000_000, currency: 'EUR', validFrom: '2017-01-01', source: 'Hankintalaki 1397/2016: national threshold for goods and services.' },
  { id: 'fi-eu-2024', country: 'FI', kind: 'eu_sub_central_goods_services', amountMinor: 22_100_000, currency: 'EUR', validFrom: '2024-01-01', validTo: '2025-12-31', source: 'EU threshold for sub-central authorities, 2024–2025.' },
];
