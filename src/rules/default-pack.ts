/** Until the person picks a region, everyone starts from the national baseline. */
export const DEFAULT_PACK_ID = 'national';
