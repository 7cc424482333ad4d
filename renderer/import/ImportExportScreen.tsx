import type { WorkspaceModuleProps } from '../app/moduleProps';
import { BundleExport } from './BundleExport';
import { BundleImport } from './BundleImport';
import { CallRecordsSection } from './CallRecordsSection';
import { FormatsSection } from './FormatsSection';
import { SpreadsheetWizard } from './SpreadsheetWizard';
import './import.css';

/** Data in and out of the open workspace; every import is all or nothing, every export logged. */
export function ImportExportScreen(props: WorkspaceModuleProps) {
  return (
    <div className="import-screen">
      <h2>Import and export</h2>
      <SpreadsheetWizard {...props} />
      <CallRecordsSection {...props} />
      <FormatsSection {...props} />
      <section className="import-section" aria-labelledby="import-bundle-title">
        <h3 id="import-bundle-title">Encrypted bundle (.linchpin)</h3>
        <BundleExport {...props} />
        <BundleImport {...props} />
      </section>
    </div>
  );
}
