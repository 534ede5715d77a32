import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4), which follow OWASP's recommendation. */
@Injectable()
export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
  private readonly dummy = argon2.hash('not-a-real-password', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
