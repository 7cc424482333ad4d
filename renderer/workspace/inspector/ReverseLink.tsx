import { useState } from 'react';
import type { Link } from '../../../shared/model';
import {
  LINK_KINDS,
  exploitedByLinks,
  linkSentence,
  victimAsOffender,
} from '../../../shared/model';
import type { LoadedWorkspace } from '../../store/api';
import { reverseLink } from '../../store/commands';
import { entityFact } from './facts';

/**
 * "Reverse direction" for a link whose kind has one. The sentence it would then say is on the
 * button's description; where the result would name a victim who is also a suspect as the
 * offender, the analyst confirms first. The store refuses the plainly wrong way round itself.
 */
export function ReverseLink(props: {
  link: Link;
  loaded: LoadedWorkspace;
  today: string;
  run: (work: Promise<void>) => Promise<void>;
  onCommand: (command: ReturnType<typeof reverseLink>) => Promise<void>;
}) {
  const { link, loaded } = props;
  const [warning, setWarning] = useState<string | null>(null);
  if (!LINK_KINDS[link.kind].directed) return null;
  const turned = { ...link, source: link.target, target: link.source };
  const after = linkSentence(turned, (id) => entityFact(loaded.entities, id));
  const reverse = () => {
    setWarning(null);
    void props.run(props.onCommand(reverseLink(link.id)));
  };
  const ask = () => {
    const exploited = exploitedByLinks([...loaded.links.values()].filter((l) => l.id !== link.id));
    const issue = victimAsOffender(turned, loaded.entities, props.today, exploited);
    if (issue?.severity === 'warn') setWarning(issue.message);
    else reverse();
  };
  const hintId = `reverse-${link.id}-hint`;
  return (
    <>
      <button type="button" onClick={ask} aria-describedby={hintId}>
        Reverse direction
      </button>
      <span id={hintId} className="sr-only">
        Afterwards the link says: {after}.
      </span>
      {warning ? (
        <div className="confirm" role="alertdialog" aria-label="Reverse this link?">
          <p>{warning}</p>
          <button type="button" onClick={reverse}>
            Reverse anyway
          </button>
          <button type="button" onClick={() => setWarning(null)}>
            Keep as it is
          </button>
        </div>
      ) : null}
    </>
  );
}
