/**
 * Why an audit that costs points on our pages cannot be mended, written after reading the
 * Lighthouse results. `npm run lighthouse` prints these next to the audits that fail;
 * an audit that fails without a note here is shown as "not explained" (look at it).
 */
export const WHY_NOT_MENDED: Record<string, string> = {}
