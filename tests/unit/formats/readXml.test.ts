import { describe, expect, it } from 'vitest';
import { readXml } from '../../../shared/formats/xml/readXml';
import { enc, errorText, expectOk } from './helpers';

const nested = (depth: number) => `<r>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</r>`;

describe('readXml', () => {
  it('drops namespace prefixes and declarations, decodes the five entities and character references', () => {
    const root = expectOk(
      readXml(
        enc(
          '<?xml version="1.0"?>\n<g:graphml xmlns:g="urn:g" xmlns="urn:d"><g:node y:id="n&amp;1" label="&lt;&#x41;&#66;&gt;"/></g:graphml>',
        ),
      ),
    );
    expect(root.name).toBe('graphml');
    expect(root.attrs).toEqual({});
    expect(root.children[0]).toMatchObject({ name: 'node', attrs: { id: 'n&1', label: '<AB>' } });
  });

  it('keeps text and CDATA as the element text, whitespace included', () => {
    const root = expectOk(readXml(enc('<r><d> a <![CDATA[<b> & c]]></d></r>')));
    expect(root.children[0]?.text).toBe(' a <b> & c');
  });

  it('reads 65 levels of elements and refuses 66, by line', () => {
    expect(expectOk(readXml(enc(nested(64)))).name).toBe('r');
    expect(errorText(readXml(enc(`\n${nested(65)}`)))).toMatch(
      /line 2: Elements are nested more than 64 deep/,
    );
  });

  it('names a bare ampersand, an unknown entity and a mismatched tag by their line', () => {
    expect(errorText(readXml(enc('<r>\n<a>fish & chips</a></r>')))).toMatch(
      /line 2: The XML is malformed: an "&" that starts no entity reference/,
    );
    expect(errorText(readXml(enc('<r>\n\n<a>&nbsp;</a></r>')))).toMatch(
      /line 3: Unknown XML entity &nbsp;/,
    );
    expect(errorText(readXml(enc('<r>\n<a></b></r>')))).toMatch(/line 2: The XML is malformed/);
  });

  it('refuses text outside the root and a second root', () => {
    expect(errorText(readXml(enc('<r/>junk')))).toMatch(/malformed/);
    expect(errorText(readXml(enc('<r/><s/>')))).toMatch(/malformed/);
  });
});
