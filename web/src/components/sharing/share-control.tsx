'use client';

import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { toFormErrors } from '@/lib/graphql/api-error';
import { ShareLinkBox } from './share-link-box';
import { ShareListMutation, SharePackMutation } from './sharing.documents';

export interface ShareControlProps {
  kind: 'list' | 'pack';
  id: string;
  existingToken: string | undefined;
}

/** Creates (once) and copies the public link `/s/<token>` of a list or a pack. */
export function ShareControl({ kind, id, existingToken }: ShareControlProps) {
  const [listResult, shareList] = useMutation(ShareListMutation);
  const [packResult, sharePack] = useMutation(SharePackMutation);
  const [token, setToken] = useState(existingToken);
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => setToken((current) => current ?? existingToken), [existingToken]);

  const create = async () => {
    const result = kind === 'list' ? await shareList({ listId: id }) : await sharePack({ packId: id });
    const link = result.data && ('shareList' in result.data ? result.data.shareList : result.data.sharePack);
    if (link) setToken(link.token);
    else if (result.error) setStatus(toFormErrors(result.error).form ?? 'The link could not be created.');
  };
  const url = token && origin ? `${origin}/s/${token}?kind=${kind}` : undefined;
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is blocked here: select the link and copy it.');
    }
  };
  return (
    <ShareLinkBox
      url={url}
      busy={listResult.fetching || packResult.fetching}
      status={status}
      onCreate={() => void create()}
      onCopy={() => void copy()}
    />
  );
}
