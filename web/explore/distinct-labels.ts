/**
 * The text to list each entity under: its label, followed by its id in parentheses when another
 * entity in the list has the same label (two engineers titled "Software Engineer"), so no two
 * entries read alike.
 */
export function distinctLabels(entities: readonly { id: string; label: string }[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const { label } of entities) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map(
    entities.map(({ id, label }) => [id, (uses.get(label) ?? 0) > 1 ? `${label} (${id})` : label]),
  );
}
