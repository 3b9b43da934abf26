/** New record ids: a readable prefix and a random part (ids only need to be unique within a plan). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
