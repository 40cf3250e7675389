/** A spec the client cannot be emitted for; `operationId` locates it, `code` and `hint` go to the CLI. */
export class ClientEmitError extends Error {
  constructor(
    message: string,
    readonly operationId?: string,
    readonly code: 'name-clash' = 'name-clash',
  ) {
    super(message);
  }

  /** Errors found together (every clash among one class's members), so one run reports them all. */
  others: ClientEmitError[] = [];

  static all([first, ...rest]: [ClientEmitError, ...ClientEmitError[]]): ClientEmitError {
    first.others = rest;
    return first;
  }

  get hint(): string {
    return 'set `x-sdk-name` on the operation';
  }
}
