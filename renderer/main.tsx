import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/controls.css';
import './styles/recovery.css';
import './styles/shell.css';
import './styles/people.css';
import './styles/matching.css';
import './styles/program-work.css';
import './styles/reports.css';
import './styles/backup.css';
import './styles/print.css';

const container = document.getElementById('root');
if (!container) throw new Error('PeerDesk: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
