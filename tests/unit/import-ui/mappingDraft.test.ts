import { describe, expect, it } from 'vitest';
import { mappingSchema } from '../../../shared/formats/mapping';
import * as draft from '../../../renderer/import/mappingDraft';

describe('mapping editor edits', () => {
  it('builds a valid mapping step by step, as the editor does', () => {
    let m = draft.startingMapping(['Name', 'Mobile']);
    m = draft.addEntity(m);
    m = draft.setField(m, 'entity2', 'number', 'Mobile');
    m = draft.addLink(m, 'uses_phone');
    expect(mappingSchema.safeParse(m).success).toBe(true);
    expect(m.links).toEqual([{ from: 'entity1', to: 'entity2', kind: 'uses_phone', strength: 3 }]);
    expect(m.entities[1]).toEqual({ key: 'entity2', kind: 'phone', fields: { number: 'Mobile' } });
  });

  it('drops fields on a change of kind and links on removal of a template', () => {
    let m = draft.addLink(draft.addEntity(draft.startingMapping(['A'])));
    m = draft.setField(m, 'entity1', 'dateOfBirth', 'A');
    m = draft.setKind(m, 'entity1', 'vehicle');
    expect(m.entities[0]?.fields).toEqual({});
    m = draft.setField(m, 'entity1', 'registration', 'A');
    m = draft.setField(m, 'entity1', 'registration', '');
    expect(m.entities[0]?.fields).toEqual({});
    m = draft.removeEntity(m, 'entity2');
    expect(m.links).toEqual([]);
    // A new template never reuses a name still in use.
    m = draft.addEntity(draft.addEntity(m));
    expect(m.entities.map((e) => e.key)).toEqual(['entity1', 'entity2', 'entity3']);
  });
});
