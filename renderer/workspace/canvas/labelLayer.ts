import type { Core, NodeSingular } from 'cytoscape';
import type { LabelCandidate, LabelView, PlannedLabel } from '../labels/labelPlan';
import { LabelTier, keyCount, planLabels } from '../labels/labelPlan';

/** Quiet time after the last pan, zoom or move before labels are placed again. */
const SETTLE_MS = 120;

/**
 * Puts the label plan on the chart: nodes with a label carry the class `label-on` and the font
 * size and width their tier needs (key labels grow in model units as you zoom out, so they stay
 * readable). Re-planned after the view settles, on selection, and when elements change.
 */
export class LabelLayer {
  private shown = new Map<string, PlannedLabel>();
  private searched = new Set<string>();
  private ranking: ReadonlyMap<string, number> | null = null;
  private ranks: Map<string, number> | null = null;
  private keys: Set<string> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly schedule = () => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), SETTLE_MS);
  };
  private readonly invalidate = () => {
    this.ranks = null;
    this.keys = null;
    this.schedule();
  };

  constructor(private readonly cy: Core) {
    cy.on('viewport resize select unselect dragfree', this.schedule);
    // Degrees change when links come and go; labels' own data changes need no new ranking.
    cy.on('add remove', this.invalidate);
    cy.on('class', 'node', this.schedule);
  }

  /** Analysis ranked the entities (the measure nodes are sized by): key labels follow it. */
  setRanking(ranking: ReadonlyMap<string, number> | null): void {
    this.ranking = ranking;
    this.invalidate();
  }

  /** A search result keeps its label until the next search. */
  markSearched(id: string): void {
    this.searched = new Set([id]);
    this.schedule();
  }

  /** Places labels for this view now (tests, exports, first draw). */
  refresh(view: LabelView = this.currentView()): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.cy.destroyed()) return;
    const next = planLabels(this.candidates(), view);
    this.apply(next);
  }

  /** Places labels for the whole chart at the present zoom, for an export. */
  refreshForWholeChart(): void {
    const box = this.cy.elements().boundingBox();
    this.refresh({ zoom: this.cy.zoom(), extent: box });
  }

  /** Ids of the nodes whose labels are drawn now. */
  labelled(): string[] {
    return [...this.shown.keys()];
  }

  destroy(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.cy.destroyed()) return;
    this.cy.removeListener('viewport resize select unselect dragfree', this.schedule);
    this.cy.removeListener('add remove', this.invalidate);
    this.cy.removeListener('class', 'node', this.schedule);
  }

  private currentView(): LabelView {
    return { zoom: this.cy.zoom(), extent: this.cy.extent() };
  }

  private rankOf(): { ranks: Map<string, number>; keys: Set<string> } {
    if (!this.ranks || !this.keys) {
      const ranks = new Map<string, number>();
      this.cy
        .nodes()
        .not(':parent')
        .forEach((n: NodeSingular) => {
          ranks.set(n.id(), this.ranking?.get(n.id()) ?? n.degree(false));
        });
      const top = [...ranks.entries()].sort((a, b) => b[1] - a[1]).slice(0, keyCount(ranks.size));
      this.ranks = ranks;
      this.keys = new Set(top.map(([id]) => id));
    }
    return { ranks: this.ranks, keys: this.keys };
  }

  private candidates(): LabelCandidate[] {
    const { ranks, keys } = this.rankOf();
    const out: LabelCandidate[] = [];
    this.cy
      .nodes()
      .not(':parent')
      .forEach((n: NodeSingular) => {
        const id = n.id();
        const { x, y } = n.position();
        const tier =
          n.selected() || this.searched.has(id)
            ? LabelTier.Focus
            : keys.has(id) || n.hasClass('pinned')
              ? LabelTier.Key
              : LabelTier.Other;
        out.push({
          id,
          x,
          y,
          radius: n.width() / 2,
          text: String(n.data('caption') ?? ''),
          tier,
          rank: ranks.get(id) ?? 0,
        });
      });
    return out;
  }

  private apply(next: Map<string, PlannedLabel>): void {
    const before = this.shown;
    this.shown = next;
    this.cy.batch(() => {
      for (const id of before.keys()) {
        if (!next.has(id)) this.cy.getElementById(id).removeClass('label-on');
      }
      for (const [id, label] of next) {
        const node = this.cy.getElementById(id);
        const was = before.get(id);
        if (!was || was.fontSize !== label.fontSize) {
          node.data({ labelFont: label.fontSize, labelWidth: label.maxWidth });
        }
        if (!was) node.addClass('label-on');
      }
    });
  }
}
