import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ROLE_LABELS } from '@gevinst/domain';
import { PageHeader } from '@gevinst/web/ui';
import { AuthStore } from '../data-access/auth-store';
import { ChangePasswordForm } from './change-password-form';

/** /profil: who the user is in Gevinst, and "Skift adgangskode" for password users. */
@Component({
  selector: 'gv-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, ChangePasswordForm],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
})
export class ProfilePage {
  protected readonly user = inject(AuthStore).currentUser;
  protected readonly roleLabels = computed(() => (this.user()?.roles ?? []).map((role) => ROLE_LABELS[role]));
}
