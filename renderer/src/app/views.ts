/** The main views, in sidebar order, and hash routing (#/kitchens) that works in app:// and http. */
export const VIEW_IDS = [
  'overview',
  'organisations',
  'kitchens',
  'suppliers',
  'scenarios',
  'compare',
  'timeline',
  'reports',
  'settings',
] as const;
/** Routes that are not in the sidebar: the welcome page with the list of plans. */
export const EXTRA_ROUTES = ['plans'] as const;
export type ViewId = (typeof VIEW_IDS)[number] | (typeof EXTRA_ROUTES)[number];

export function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (VIEW_IDS as readonly string[]).includes(id) || (EXTRA_ROUTES as readonly string[]).includes(id) ? (id as ViewId) : null;
}

export function hashFor(view: ViewId): string {
  return `#/${view}`;
}

/** The tab within a view (#/kitchens/profiles → "profiles"), or null. */
export function subviewFromHash(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  return parts[1] || null;
}

/** Goes to a view (the hash router picks it up). */
export function navigateTo(view: ViewId): void {
  window.location.hash = hashFor(view);
}
