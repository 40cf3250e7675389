/**
 * Sets a key taken from a spec (a property, schema or field name) as an own data property. Plain
 * assignment would treat `__proto__` as the prototype and hand it to every later lookup.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** As `setOwn`, with a plain assignment for every other key (the fast path when copying documents). */
export function setMember<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') setOwn(target, key, value);
  else target[key] = value;
}
