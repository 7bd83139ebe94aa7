'use client';

import { useState } from 'react';
import { useClient } from 'urql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { downloadText, safeFileName } from './download';
import { LighterPackCsvQuery } from './import-export.documents';

export interface ExportCsvButtonProps {
  listId?: string;
  packId?: string;
  fileName: string;
}

/** Downloads a list or pack as LighterPack CSV. */
export function ExportCsvButton({ listId, packId, fileName }: ExportCsvButtonProps) {
  const client = useClient();
  const [status, setStatus] = useState('');
  const exportCsv = async () => {
    setStatus('Preparing the CSV…');
    const result = await client
      .query(LighterPackCsvQuery, { listId, packId }, { requestPolicy: 'network-only' })
      .toPromise();
    const csv = result.data?.me?.lighterPackCsv;
    if (csv === undefined) {
      setStatus(result.error ? (toFormErrors(result.error).form ?? 'Export failed.') : 'Export failed.');
      return;
    }
    downloadText(csv, safeFileName(fileName, 'csv'), 'text/csv');
    setStatus('CSV downloaded.');
  };
  return (
    <div className="row">
      <button type="button" className="button" onClick={() => void exportCsv()}>
        Export CSV (LighterPack)
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
