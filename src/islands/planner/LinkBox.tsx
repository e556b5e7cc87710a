import { useEffect, useState } from 'preact/hooks';
import { encodeShareLink, type EncodeResult, type PlanLink } from '../../lib/planner/share-link';
import { copyToClipboard } from '../../lib/copy';
import { exportPlans } from '../../lib/planner/plan-transfer';
import { downloadFile } from '../../lib/planner/download';

interface Props {
  shared: PlanLink;
  /** What the link starts with: the planner's address and the fragment's name. */
  base: string;
  id: string;
  label: string;
  /** The title the system share sheet shows with the link. */
  title: string;
}

/**
 * A link that carries a plan, made afresh whenever the plan changes, with copy and the system share sheet; a plan
 * too long for a link is offered as a JSON file instead.
 */
export default function LinkBox({ shared, base, id, label, title }: Props) {
  const [made, setMade] = useState<EncodeResult | null>(null);
  const [status, setStatus] = useState('');
  const key = JSON.stringify(shared);
  useEffect(() => {
    let current = true;
    setStatus('');
    void encodeShareLink(shared, base).then((result) => current && setMade(result));
    return () => {
      current = false;
    };
  }, [key, base]);

  if (!made) return <p class="share-link__status">Making the link…</p>;
  if (!made.ok) {
    const file = `call-plan-${shared.kind}.json`;
    return (
      <div class="notice notice--problem share-link__fallback">
        <p>{made.reason} Send it as a JSON file instead; it opens with “Import JSON” in the planner.</p>
        <button type="button" class="button" onClick={() => downloadFile(file, exportPlans([shared.plan]))}>Download the plan (JSON)</button>
      </div>
    );
  }
  const link = made.link;
  const copy = async () =>
    setStatus((await copyToClipboard(link)) ? 'Link copied. Paste it into a mail or a chat message.' : 'The browser refused to copy: select the link and copy it with Ctrl+C (⌘C on a Mac).');
  const send = () =>
    navigator.share({ title, url: link }).catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('The share sheet did not open; copy the link instead.');
    });
  return (
    <div class="share-link">
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} class="share-link__url" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div class="share-link__actions">
        <button type="button" class="button button--primary" onClick={copy}>Copy the link</button>
        {'share' in navigator && <button type="button" class="button" onClick={send}>Send…</button>}
      </div>
      <p class="share-link__status" role="status">{status}</p>
    </div>
  );
}
