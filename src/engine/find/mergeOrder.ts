// The merge order of the keyword windows' occurrence lists (find/scanState.ts).

/**
 * The order in which a k-way merge of quadruple lists (each ascending by its first field) takes them: list
 * indices, ties to the lower index. One native sort of packed keys: the assignment patterns' windows merge the
 * lists of a hundred keywords, where picking the least head each step cost a pass over all of them.
 */
export function mergeOrder(lists: ReadonlyArray<ArrayLike<number>>): Uint16Array {
  let total = 0;
  for (const l of lists) total += l.length >> 2;
  const order = new Uint16Array(total);
  if (lists.length === 1) return order;
  const keys = new Float64Array(total);
  let n = 0;
  // Offsets stay below 2^31, list indices below 2^16: the packed key is an exact double.
  lists.forEach((l, k) => {
    for (let i = 0; i < l.length; i += 4) keys[n++] = l[i] * 65536 + k;
  });
  keys.sort();
  for (let i = 0; i < total; i++) order[i] = keys[i] % 65536;
  return order;
}
