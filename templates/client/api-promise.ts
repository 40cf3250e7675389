/**
 * What every client call returns: a promise of the data that can also give the HTTP response.
 * `await call` → data; `await call.withResponse()` → `{ data, response, requestId }`;
 * `await call.asResponse()` → the Response (for buffered calls a fresh copy whose body is readable).
 */

export interface WithResponse<T> {
  data: T;
  response: Response;
  /** `x-request-id` (or the relay's equivalent) of the response, if sent. */
  requestId: string | undefined;
}

export class APIPromise<T> implements Promise<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The data together with the Response it came from. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  /** Just the Response (status, headers, body). */
  asResponse(): Promise<Response> {
    return this.#result.then((result) => result.response);
  }

  /** A new APIPromise whose data is transformed (the response stays available). */
  map<U>(transform: (data: T, response: Response) => U | PromiseLike<U>): APIPromise<U> {
    return new APIPromise<U>(
      this.#result.then(async (result) => ({
        ...result,
        data: await transform(result.data, result.response),
      })),
    );
  }

  /** Made when asked for (not in the constructor): a failed call nobody awaits the data of rejects no extra promise. */
  #value(): Promise<T> {
    return this.#result.then((result) => result.data);
  }

  then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#value().then(onfulfilled, onrejected);
  }

  catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#value().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
