/**
 * The one escape to fields a server sends beyond the documented ones. Generated types are closed
 * (a misspelt field is a compile error), while responses are read leniently: every field the
 * server sent is still on the object at run time. `withExtras(value)` returns that same object,
 * typed to also allow any other key (as `unknown`, to be checked before use). It applies to the
 * object it is given, not to nested ones: `withExtras(completion.choices[0]!.message).reasoning_content`.
 */
export type WithExtras<T extends object> = T & {
    readonly [key: string]: unknown;
};
export declare function withExtras<T extends object>(value: T): WithExtras<T>;
