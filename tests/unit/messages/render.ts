// Tests read a message ({ code, params }) the way a person sees it, in English or Arabic.
import { t, type Said } from '../../../src/shared/messages/catalog'

export const en = (said: Said | undefined): string => (said ? t(said, 'en') : '')
export const ar = (said: Said | undefined): string => (said ? t(said, 'ar') : '')
