import type { ReactNode } from 'react';

/** The view's title (the main landmark is labelled by it) and its actions. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1 id="view-title">{title}</h1>
        {intro ? <p className="intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
