import type { ErrorTexts } from './entry'
import { APP_TEXTS } from './app-texts'
import { CALLBACK_TEXTS } from './callback-texts'
import { JSAPI_TEXTS } from './jsapi-texts'
import { ROBOT_TEXTS } from './robot-texts'

/**
 * What to tell the user for every catalog entry, by id: one chunk that diagnose() loads on the first paste.
 * Each area's texts are typed by its entries' ids, so an entry without its text (or a text without its
 * entry) fails the type check.
 */
export const ERROR_TEXTS: ErrorTexts = { ...ROBOT_TEXTS, ...APP_TEXTS, ...CALLBACK_TEXTS, ...JSAPI_TEXTS }
