/** Small line icons for the sidebar, drawn inline (no icon font, no network). Decorative only. */
const PATHS: Record<string, string> = {
  overview: 'M4 13h6V4H4zM14 20h6V11h-6zM4 20h6v-4H4zM14 8h6V4h-6z',
  organisations: 'M3 21h18M5 21V8l7-4 7 4v13M9 21v-5h6v5M9 11h.01M15 11h.01',
  kitchens: 'M6 3v8a2 2 0 0 0 4 0V3M8 11v10M16 3c-2 2-3 5-3 8h3v10',
  suppliers: 'M3 7h11v9H3zM14 10h4l3 3v3h-7M7 19a2 2 0 1 0 0-.01M17 19a2 2 0 1 0 0-.01',
  scenarios: 'M4 6h10M4 12h16M4 18h7M17 4v4M13 10v4M14 16v4',
  compare: 'M5 20V10M12 20V4M19 20v-7',
  timeline: 'M4 6h8M8 12h10M6 18h6M3 3v18',
  reports: 'M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-1-3-2 .3-1.4-1.4.3-2-3-1-1 2h-2L10 3 7 4l.3 2L6 7.4 4 7.1l-1 3 2 1v2l-2 1 1 3 2-.3 1.4 1.4-.3 2 3 1 1-2h2l1 2 3-1-.3-2 1.4-1.4 2 .3 1-3-2-1z',
};

export function Icon({ name }: { name: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name] ?? ''} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
