import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { BenefitMap } from '@gevinst/domain';
import { KIND_LABELS, NODE_HEIGHT, NODE_WIDTH, layoutMap } from './map-layout';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5] as const;

/**
 * The map as a drawing, laid out left to right; zoomable, scrollable by keyboard, fitted to A4 landscape in print. The
 * drawing is one image with a summary: the page's list says the same in text.
 */
@Component({
  selector: 'gv-benefit-map-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @let drawn = layout();
    <div class="zoom" role="group" aria-label="Zoom">
      <button mat-stroked-button type="button" (click)="zoomBy(-1)" [disabled]="zoomIndex() === 0" disabledInteractive>Zoom ud</button>
      <span class="zoom__level" aria-live="polite">{{ zoomPercent() }} %</span>
      <button mat-stroked-button type="button" (click)="zoomBy(1)" [disabled]="zoomIndex() === zooms.length - 1" disabledInteractive>Zoom ind</button>
    </div>
    <div class="canvas" tabindex="0" role="region" aria-label="Gevinstdiagrammet (kan rulles)">
      <svg
        [attr.width]="drawn.width * zoom()"
        [attr.height]="drawn.height * zoom()"
        [attr.viewBox]="'0 0 ' + drawn.width + ' ' + drawn.height"
        role="img"
        [attr.aria-label]="summary()"
      >
        <defs>
          <marker id="gv-map-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" class="arrow" />
          </marker>
        </defs>
        @for (edge of drawn.edges; track edge.from + edge.to) {
          <path class="edge" [attr.d]="edge.path" marker-end="url(#gv-map-arrow)" />
        }
        @for (placed of drawn.nodes; track placed.node.id) {
          <g [attr.transform]="'translate(' + placed.x + ' ' + placed.y + ')'" [class]="'node node--' + placed.node.kind" [class.node--dis]="placed.node.disBenefit" [class.node--done]="placed.node.status === 'done'">
            <rect [attr.width]="nodeWidth" [attr.height]="nodeHeight" rx="6" />
            <foreignObject [attr.width]="nodeWidth" [attr.height]="nodeHeight">
              <div class="node__body">
                <span class="node__kind">{{ placed.node.disBenefit ? 'Ulempe' : kindLabels[placed.node.kind] }}{{ placed.node.status === 'done' ? ' · på plads' : '' }}</span>
                <span class="node__title">{{ placed.node.title }}</span>
              </div>
            </foreignObject>
          </g>
        }
      </svg>
    </div>
  `,
  styleUrl: './benefit-map-diagram.scss',
})
export class BenefitMapDiagram {
  readonly map = input.required<BenefitMap>();

  protected readonly zooms = ZOOMS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly nodeWidth = NODE_WIDTH;
  protected readonly nodeHeight = NODE_HEIGHT;
  protected readonly zoomIndex = signal(2);
  protected readonly zoom = computed(() => ZOOMS[this.zoomIndex()]);
  protected readonly zoomPercent = computed(() => Math.round(this.zoom() * 100));
  protected readonly layout = computed(() => layoutMap(this.map()));
  protected readonly summary = computed(() => {
    const { nodes, links } = this.map();
    return `Gevinstdiagram med ${nodes.length} elementer og ${links.length} forbindelser fra leverancer mod mål. Listen under diagrammet viser det samme som tekst.`;
  });

  protected zoomBy(step: number): void {
    this.zoomIndex.update((index) => Math.min(ZOOMS.length - 1, Math.max(0, index + step)));
  }
}
