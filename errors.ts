/** The one base class of claimdesk's errors: a message for the user, the cause for the log. */
export class ClaimdeskError extends Error {
  /** A stable machine-readable code, used by the HTTP API and logs. */
  readonly code: string = 'claimdesk_error';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration value is missing or invalid; names the variable. */
export class ConfigError extends ClaimdeskError {
  override readonly code = 'config_error';
}

/** A user-supplied input (a path, a query, an option) is unusable. */
export class InputError extends ClaimdeskError {
  override readonly code = 'input_error';
  /** The query parameter (or option) at fault, when one is: the HTTP API names it in its answer. */
  readonly parameter: string | undefined;

  constructor(message: string, options?: { cause?: unknown; parameter?: string }) {
    super(message, options);
    this.parameter = options?.parameter;
  }
}

/** A record that was asked for does not exist. */
export class NotFoundError extends ClaimdeskError {
  override readonly code = 'not_found';
}

/** Redis (REDIS_URL) does not answer; says where and why. */
export class RedisUnavailableError extends ClaimdeskError {
  override readonly code = 'redis_unavailable';
}
