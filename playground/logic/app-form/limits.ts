/**
 * The 基本信息 limits, apart from their validators so that a form's hint can state them without
 * loading the validators (../field-text.ts). Sources and the reasoning behind each: ./name.ts,
 * ./description.ts, ./logo.ts.
 */
export const APP_NAME_MIN = 2
export const APP_NAME_MAX_OLD = 10
export const APP_NAME_MAX = 20

export const APP_DESCRIPTION_MIN = 4
export const APP_DESCRIPTION_MAX_OLD = 32
export const APP_DESCRIPTION_MAX = 200

export const LOGO_MAX_BYTES = 2 * 1024 * 1024
export const LOGO_MIN_PIXELS = 240
export const LOGO_OLD_PIXELS = 200
/** Above this, the icon is only scaled down: guidance, not a rule (the size error message says the same). */
export const LOGO_LARGE_PIXELS = 1024
