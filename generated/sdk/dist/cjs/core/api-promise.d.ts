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
export declare class APIPromise<T> implements Promise<T> {
    #private;
    constructor(result: Promise<WithResponse<T>>);
    /** The data together with the Response it came from. */
    withResponse(): Promise<WithResponse<T>>;
    /** Just the Response (status, headers, body). */
    asResponse(): Promise<Response>;
    /** A new APIPromise whose data is transformed (the response stays available). */
    map<U>(transform: (data: T, response: Response) => U | PromiseLike<U>): APIPromise<U>;
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null, onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null): Promise<TResult1 | TResult2>;
    catch<TResult = never>(onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null): Promise<T | TResult>;
    finally(onfinally?: (() => void) | null): Promise<T>;
    get [Symbol.toStringTag](): string;
}
