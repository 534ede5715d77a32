import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ADVICE_GROUPS, ADVICE_SOURCE, ADVICE_THEMES, adviceThemesOf, ruleIdsCiting } from '@gevinst/domain';
import { PageHeader } from '@gevinst/web/ui';

/** /raad: the guide's themes in their four groups, each linking to its page. */
@Component({
  selector: 'gv-advice-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader],
  templateUrl: './advice-catalogue-page.html',
  styleUrl: './advice-catalogue-page.scss',
})
export class AdviceCataloguePage {
  protected readonly source = ADVICE_SOURCE;
  protected readonly themeCount = ADVICE_THEMES.length;
  protected readonly groups = ADVICE_GROUPS.map((group) => ({
    ...group,
    themes: adviceThemesOf(group.id).map((theme) => ({
      id: theme.id,
      title: theme.title,
      goodState: theme.goodState,
      adviceCount: theme.advice.length,
      ruleCount: ruleIdsCiting(theme.id).length,
    })),
  }));
}
