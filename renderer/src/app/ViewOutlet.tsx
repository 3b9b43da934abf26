import { KitchensView } from '../views/KitchensView';
import { OrganisationsView } from '../views/OrganisationsView';
import { OverviewView } from '../views/OverviewView';
import { WaitingForDataView } from '../views/PlaceholderViews';
import { SettingsView } from '../views/SettingsView';
import { SuppliersView } from '../views/SuppliersView';
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
    case 'settings':
      return <SettingsView />;
    default:
      return <WaitingForDataView view={view} />;
  }
}
