/** Deep-freezes IR data so no emitter can change what another one sees. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      const property = Object.getOwnPropertyDescriptor(value, key)!;
      // An example decided on first read (an accessor) freezes its value then: reading it here would decide it.
      if ('value' in property) deepFreeze(property.value);
    }
  }
  return value;
}
