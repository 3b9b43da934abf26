/** The renderer's notion of "now", in one place so that tests can fix it. */
let fixed: string | null = null;

export function nowIso(): string {
  return fixed ?? new Date().toISOString();
}

export function todayIso(): string {
  return nowIso().slice(0, 10);
}

/** For tests. */
export function setFixedNow(iso: string | null): void {
  fixed = iso;
}
