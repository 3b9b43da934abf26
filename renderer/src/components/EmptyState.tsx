import type { ReactNode } from 'react';

/** What a view shows before it has anything: what it is for, and the next step. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      <div className="empty-body">{children}</div>
      {action ? <div className="empty-action">{action}</div> : null}
    </section>
  );
}
