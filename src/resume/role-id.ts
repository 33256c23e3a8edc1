/** Id of a position the file gives no id: `<personId>-w<i>-p<j>`, both indexes 0-based. */
export function defaultRoleId(personId: string, workIndex: number, positionIndex: number): string {
  return `${personId}-w${workIndex}-p${positionIndex}`;
}
