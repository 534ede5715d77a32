import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane), via @node-rs/argon2, whose
 * prebuilt binaries come as per-platform npm packages (no compiler needed at install).
 */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

@Injectable()
export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
  private readonly dummy = hashPassword('not-a-real-password');

  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  async verify(stored: string | null, password: string): Promise<boolean> {
    try {
      return await verify(stored ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
