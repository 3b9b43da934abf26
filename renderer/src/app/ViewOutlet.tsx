import { CompareView } from '../compare/CompareView';
import { KitchensView } from '../views/KitchensView';
import { OrganisationsView } from '../views/OrganisationsView';
import { OverviewView } from '../views/OverviewView';
import { ReportsView } from '../reports/ReportsView';
import { WaitingForDataView } from '../views/PlaceholderViews';
import { ScenariosView } from '../scenarios/ScenariosView';
import { SettingsView } from '../views/SettingsView';
import { SuppliersView } from '../views/SuppliersView';
import { TimelineView } from '../timeline/TimelineView';
import { WelcomeView } from '../views/WelcomeView';
import type { ViewId } from './views';

export function ViewOutlet({ view }: { view: ViewId }) {
  switch (view) {
    case 'overview':
      return <OverviewView />;
    case 'organisations':
      return <OrganisationsView />;
    case 'kitchens':
      return <KitchensView />;
    case 'suppliers':
      return <SuppliersView />;
    case 'scenarios':
      return <ScenariosView />;
    case 'compare':
      return <CompareView />;
    case 'timeline':
      return <TimelineView />;
    case 'reports':
      return <ReportsView />;
    case 'settings':
      return <SettingsView />;
    case 'plans':
      return <WelcomeView />;
    default:
      return <WaitingForDataView view={view} />;
  }
}
