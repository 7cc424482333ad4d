import { useId } from 'react';
import { PROFILE_SECTIONS, SECTION_IDS, type SectionId } from '../../shared/profiles';
import { moveSection, toggleSection, type ProfileDraftFields } from './profileDraft';

type Sections = Pick<ProfileDraftFields, 'sectionOrder' | 'authorText'>;

/** Which sections, in what order, and the author's words for each. Buttons, not drag: keyboard first. */
export function SectionEditor({
  value,
  onChange,
}: {
  value: Sections;
  onChange: (next: Sections) => void;
}) {
  const id = useId();
  const { sectionOrder: order, authorText } = value;
  const left = SECTION_IDS.filter((s) => !order.includes(s));
  return (
    <section aria-labelledby={`${id}-h`} className="profile-sections">
      <h3 id={`${id}-h`}>Sections</h3>
      <ol className="section-list">
        {order.map((sid, i) => {
          const title = PROFILE_SECTIONS[sid];
          return (
            <li key={sid}>
              <div className="toolbar">
                <strong>
                  {i + 1}. {title}
                </strong>
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => onChange({ ...value, sectionOrder: moveSection(order, i, -1) })}
                >
                  Move up<span className="sr-only"> {title}</span>
                </button>
                <button
                  type="button"
                  disabled={i === order.length - 1}
                  onClick={() => onChange({ ...value, sectionOrder: moveSection(order, i, 1) })}
                >
                  Move down<span className="sr-only"> {title}</span>
                </button>
                <button
                  type="button"
                  onClick={() =>
                    onChange({ ...value, sectionOrder: toggleSection(order, sid, false) })
                  }
                >
                  Leave out<span className="sr-only"> {title}</span>
                </button>
              </div>
              <label htmlFor={`${id}-${sid}`}>Your words for {title}</label>
              <textarea
                id={`${id}-${sid}`}
                rows={2}
                value={authorText[sid] ?? ''}
                onChange={(e) =>
                  onChange({ ...value, authorText: { ...authorText, [sid]: e.target.value } })
                }
              />
            </li>
          );
        })}
      </ol>
      {left.length > 0 ? (
        <div className="toolbar" role="group" aria-label="Sections left out">
          {left.map((sid: SectionId) => (
            <button
              key={sid}
              type="button"
              onClick={() => onChange({ ...value, sectionOrder: toggleSection(order, sid, true) })}
            >
              Add {PROFILE_SECTIONS[sid]}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
