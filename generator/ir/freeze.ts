/** Objects holding examples decided on first read (accessors that `deepFreeze` must not read). */
const decidedOnRead = new WeakSet<object>();

/** Marks an object that gets a property decided on first read (`ir/examples`). */
export function holdsDecisions(holder: object): void {
  decidedOnRead.add(holder);
}

/** Deep-freezes IR data so no emitter can change what another one sees. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Tens of thousands of objects on a large spec: walked in place, no array of values each.
  if (!decidedOnRead.has(value)) {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) deepFreeze(value[key]);
  } else
    for (const key of Object.keys(value)) {
      const property = Object.getOwnPropertyDescriptor(value, key)!;
      // A decision freezes its value when made: reading it here would make it.
      if ('value' in property) deepFreeze(property.value);
    }
  return value;
}
