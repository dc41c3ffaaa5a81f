// The scan of the signed paper: attach one (PDF, PNG or JPEG, at most 10 MB), open it, remove it.
import { useRef, useState } from 'react';
import type { Consent } from '../../../shared/api/consents';
import { SCAN_MAX_BYTES } from '../../../shared/api/consents';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/call';
import { Alert } from '../../components/Alert';
import { downloadFile, fileToBase64 } from '../../components/download-file';
import { useAttachScan, useRemoveScan } from './useConsents';

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function ConsentScanPanel({ consent }: { consent: Consent }) {
  const attach = useAttachScan();
  const remove = useRemoveScan();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const choose = async (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    // Checked here too so that a large file is not read into memory for nothing.
    if (file.size > SCAN_MAX_BYTES) {
      setProblem(`${file.name} is larger than 10 MB. Scan it at a lower resolution.`);
      return;
    }
    attach.mutate({ id: consent.id, fileName: file.name, dataBase64: await fileToBase64(file) });
    if (inputRef.current) inputRef.current.value = '';
  };
  const open = async () => {
    setOpening(true);
    try {
      const scan = await call('consents.scan', { id: consent.id });
      downloadFile(scan.fileName, scan.mimeType, scan.dataBase64);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setOpening(false);
    }
  };

  const failure =
    problem ?? (attach.isError ? errorMessage(attach.error) : remove.isError ? errorMessage(remove.error) : null);
  return (
    <section className="panel" aria-labelledby="consent-scan-title">
      <h2 id="consent-scan-title">Signed copy</h2>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {consent.scan ? (
        <p>
          {consent.scan.fileName} ({sizeLabel(consent.scan.sizeBytes)}), kept encrypted with the records.
        </p>
      ) : (
        <p>No scan attached. A PDF, PNG or JPEG of the signed paper, at most 10 MB.</p>
      )}
      <div className="actions actions-start">
        <label className="button file-button">
          {attach.isPending ? 'Attaching…' : consent.scan ? 'Replace scan' : 'Attach scan'}
          <input
            ref={inputRef}
            type="file"
            className="visually-hidden"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            disabled={attach.isPending}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>
        {consent.scan ? (
          <>
            <button type="button" disabled={opening} onClick={() => void open()}>
              {opening ? 'Opening…' : 'Open scan'}
            </button>
            <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(consent.id)}>
              Remove scan
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
