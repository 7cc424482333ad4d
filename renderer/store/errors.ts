import type { z } from 'zod';
import { describeIssues } from './record-schemas';

/** An edit refused because a record would break the shared model's rules. Nothing was written. */
export class ValidationError extends Error {
  constructor(what: string, detail: string) {
    super(`${what} was not saved. ${detail}`);
    this.name = 'ValidationError';
  }

  static fromZod(what: string, error: z.ZodError): ValidationError {
    return new ValidationError(what, describeIssues(error));
  }
}

/** An edit refused because it would leave a record pointing at nothing. Nothing was written. */
export class IntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** A record the edit needs is not in the vault (deleted meanwhile, or never there). */
export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} is not in this vault. It may have been deleted; refresh and try again.`);
    this.name = 'NotFoundError';
  }
}
