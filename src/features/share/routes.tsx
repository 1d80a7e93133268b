// The share feature's routes. Its screens (and the bundle code) load lazily, with their own
// messages.
import { lazy, Route } from 'preact-iso';

const ShareScreen = lazy(() => import('./ShareScreen'));
const ExportScreen = lazy(() => import('./ExportScreen'));
const ImportScreen = lazy(() => import('./ImportScreen'));
const KeysScreen = lazy(() => import('./KeysScreen'));

/** The routes of the share feature. */
export function shareRoutes() {
  return [
    <Route key="share" path="/share" component={ShareScreen} />,
    <Route key="share-export" path="/share/export" component={ExportScreen} />,
    <Route key="share-import" path="/share/import" component={ImportScreen} />,
    <Route key="share-keys" path="/share/keys" component={KeysScreen} />,
  ];
}
