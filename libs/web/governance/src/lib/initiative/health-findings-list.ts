import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HEALTH_SEVERITY_LABELS, type HealthFinding } from '@gevinst/domain';
import { adviceLinkFor } from '@gevinst/web/advice';
import { findingsByTheme } from '../shared/health-findings';

interface FindingView {
  finding: HealthFinding;
  link: { commands: string[]; fragment: string } | null;
}

/**
 * The health check's findings grouped by the guide's theme: severity in words, what is wrong, what to do, and a link
 * to the advice the rule comes from (/raad/<theme>#<advice>).
 */
@Component({
  selector: 'gv-health-findings-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @for (group of groups(); track group.theme) {
      <section class="theme" [attr.aria-labelledby]="idPrefix() + group.theme">
        <h4 class="theme__heading" [id]="idPrefix() + group.theme">{{ group.label }}</h4>
        <ul class="findings">
          @for (item of group.items; track item.finding.ruleId + $index) {
            <li [class]="'finding finding--' + item.finding.severity">
              <p class="finding__what">
                <span [class]="'severity severity--' + item.finding.severity">{{ severityLabels[item.finding.severity] }}</span>
                <span class="finding__rule">{{ item.finding.ruleId }}</span>
                {{ item.finding.message }}
              </p>
              <p class="finding__advice"><span class="finding__label">Det kan I gøre:</span> {{ item.finding.advice }}</p>
              @if (item.link; as link) {
                <a class="finding__link" [routerLink]="link.commands" [fragment]="link.fragment" [attr.aria-label]="'Læs rådet bag ' + item.finding.ruleId">
                  Læs rådet
                </a>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .theme + .theme {
      margin-top: 16px;
    }
    .theme__heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .findings {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .finding {
      padding: 10px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left-width: 6px;
      border-radius: 8px;
    }
    .finding + .finding {
      margin-top: 8px;
    }
    .finding--error {
      border-left-color: var(--mat-sys-error);
    }
    .finding--warning {
      border-left-color: var(--mat-sys-tertiary);
    }
    .finding__what,
    .finding__advice {
      margin: 0 0 4px;
      max-width: 80ch;
    }
    .finding__rule,
    .finding__label {
      font-weight: 600;
    }
    .severity {
      display: inline-block;
      margin-right: 6px;
      padding: 0 8px;
      border-radius: 10px;
      border: 1px solid;
      font: var(--mat-sys-label-medium);
      line-height: 20px;
    }
    .severity--error {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .severity--warning {
      border-color: var(--mat-sys-outline);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .finding__link {
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
    }
  `,
})
export class HealthFindingsList {
  readonly findings = input.required<readonly HealthFinding[]>();
  /** Prefix of the theme headings' ids, unique on the page. */
  readonly idPrefix = input('health-theme-');
  protected readonly severityLabels = HEALTH_SEVERITY_LABELS;
  protected readonly groups = computed(() =>
    findingsByTheme(this.findings()).map((group) => ({
      ...group,
      items: group.findings.map((finding): FindingView => ({ finding, link: linkFor(finding) })),
    })),
  );
}

/** The advice catalogue's link for the rule; the finding's own theme and advice id if the catalogue has no entry. */
function linkFor(finding: HealthFinding): FindingView['link'] {
  const link = adviceLinkFor(finding.ruleId);
  if (link) return link;
  return finding.adviceId ? { commands: ['/raad', finding.theme], fragment: finding.adviceId } : null;
}
