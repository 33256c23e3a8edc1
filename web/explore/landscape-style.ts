/**
 * Community colours: the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies), then grey for every community past it; the legend names each.
 */
export const communityPalette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442'];
export const otherCommunityColor = '#8a96a3';

export function communityColor(community: number): string {
  return communityPalette[community] ?? otherCommunityColor;
}

/** Node radius: area grows with the people who used the technology, so the radius with its root. */
export function landscapeNodeSize(peopleCount: number, maxPeople: number): number {
  return 4 + 14 * Math.sqrt(peopleCount / Math.max(1, maxPeople));
}
