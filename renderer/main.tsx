import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getPlatform } from './platform';
import { startAutofillGuard } from './platform/autofill-off';
import { createVaultService } from './store';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Linchpin could not find its root element.');

// Before anything renders: no field may be remembered by the browser (autofill-off.ts).
startAutofillGuard();
const platform = getPlatform();
createRoot(container).render(
  <StrictMode>
    <App
      platform={platform}
      vault={createVaultService(platform.sideStore ? { side: platform.sideStore } : {})}
    />
  </StrictMode>,
);
