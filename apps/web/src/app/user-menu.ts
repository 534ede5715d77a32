import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { CurrentUser } from '@gevinst/domain';
import { AuthStore, LOGIN_PATH } from '@gevinst/web/auth';

/**
 * The signed-in user's name in the toolbar, opening "Min profil" and "Log ud".
 * The shell loads it with @defer, keeping the menu and overlay code out of the initial bundle.
 */
@Component({
  selector: 'gv-user-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatMenuModule],
  template: `
    <button
      mat-button
      type="button"
      class="user-menu__trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'Brugermenu for ' + user().name"
    >
      {{ user().name }}
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <a mat-menu-item routerLink="/profil">Min profil</a>
      <button mat-menu-item type="button" [disabled]="signingOut()" (click)="signOut()">Log ud</button>
    </mat-menu>
  `,
  styles: `
    .user-menu__trigger {
      max-width: 40vw;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
})
export class UserMenu {
  readonly user = input.required<CurrentUser>();

  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly signingOut = signal(false);

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.signOut();
      // A full page load: nothing of this user's data stays in memory for the next person at the screen.
      this.document.location.assign(LOGIN_PATH);
    } catch {
      this.signingOut.set(false);
      this.snackBar.open('Du blev ikke logget ud. Prøv igen.', 'Luk', { duration: 8000 });
    }
  }
}
