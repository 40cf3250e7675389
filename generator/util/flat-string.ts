/**
 * The same text, made one flat string now. Text built by concatenating many pieces (a docs page:
 * tens of thousands) is a tree of V8 "cons" strings, a few dozen bytes a piece, flattened anyway
 * when it is first scanned or encoded. Flattened as soon as it is built, the tree is short-lived
 * garbage (cheap to collect) instead of being carried, with every other page of the run, into the
 * old generation and through the collections until the write stage.
 */
export function flatString(text: string): string {
  // Converting a string to a number flattens it first (V8); the conversion itself stops at once.
  void Number(text);
  return text;
}
