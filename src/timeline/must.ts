/**
 * Lookups whose miss would be a bug in the layout, not a state of the data: they throw an Error
 * naming what is missing, rather than carrying `undefined` on into a drawing.
 */

/** The value `map` holds for `key`; throws, naming `what` and the key, where there is none. */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what}: nothing for ${String(key)}`);
  return value;
}

/** The first item of `items`; throws, naming `what`, where there is none. */
export function mustFirst<T>(items: readonly T[], what: string): T {
  const [first] = items;
  if (first === undefined) throw new Error(`${what}: empty`);
  return first;
}
