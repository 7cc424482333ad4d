import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getPlatform } from './platform';
import { createVaultService } from './store';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Linchpin could not find its root element.');

createRoot(container).render(
  <StrictMode>
    <App platform={getPlatform()} vault={createVaultService()} />
  </StrictMode>,
);
