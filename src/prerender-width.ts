/** The width a card's chart is prerendered at: the narrowest column of the card grid. */
export const PRERENDER_CARD_WIDTH = 360;
