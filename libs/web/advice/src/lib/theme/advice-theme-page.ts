import { ChangeDetectionStrategy, Component, DOCUMENT, afterRenderEffect, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ADVICE_GROUPS, ADVICE_SOURCE, adviceTheme } from '@gevinst/domain';
import { PageHeader } from '@gevinst/web/ui';
import { map } from 'rxjs';
import { ruleIdsByAdvice, rulesCitingTheme } from '../advice-links';

/**
 * /raad/:themeId: one theme – good state, warning signs, advice (each an anchor, /raad/<theme>#<adviceId>, which
 * health findings link to), cases, tools and the health rules that build on it.
 */
@Component({
  selector: 'gv-advice-theme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader],
  templateUrl: './advice-theme-page.html',
  styleUrl: './advice-theme-page.scss',
})
export class AdviceThemePage {
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  protected readonly source = ADVICE_SOURCE;
  private readonly themeId = toSignal(this.route.paramMap.pipe(map((params) => params.get('themeId') ?? '')), { requireSync: true });
  private readonly fragment = toSignal(this.route.fragment, { requireSync: true });

  protected readonly theme = computed(() => adviceTheme(this.themeId()));
  protected readonly groupTitle = computed(() => ADVICE_GROUPS.find((group) => group.id === this.theme()?.group)?.title ?? '');
  protected readonly rules = computed(() => rulesCitingTheme(this.themeId()));
  protected readonly rulesByAdvice = computed(() => ruleIdsByAdvice(this.rules()));

  constructor() {
    // The app's router does not scroll to anchors: arriving at (or following) #<adviceId>, move focus to that advice,
    // which also scrolls it into view, so keyboard and screen reader users land where the link pointed.
    afterRenderEffect(() => {
      const fragment = this.fragment();
      if (!fragment || !this.theme()) return;
      this.document.getElementById(fragment)?.focus();
    });
  }
}
