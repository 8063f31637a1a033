// What the desk and the app's link to it say, in English and Arabic: a status move a role may
// not make, an address or token that cannot be right, a desk that cannot be reached or refused.
import { entry, type Said } from './message'

type Status = 'draft' | 'editing' | 'ready' | 'published'
type Role = 'columnist' | 'editor' | 'admin'

const STATUS: Record<Status, { en: string; ar: string }> = {
  draft: { en: 'draft', ar: 'مسودة' },
  editing: { en: 'editing', ar: 'قيد التحرير' },
  ready: { en: 'ready', ar: 'جاهزة' },
  published: { en: 'published', ar: 'منشورة' }
}

const ROLE: Record<Role, { en: string; ar: string }> = {
  columnist: { en: 'a columnist', ar: 'الكاتب' },
  editor: { en: 'an editor', ar: 'المحرر' },
  admin: { en: 'an administrator', ar: 'المدير' }
}

/** `moves`: the statuses `role` may move the article to from `from` (none: it may not move it). */
type Move = { articleId: string; role: Role; from: Status; to: Status; moves: Status[] }

const whyEn = (p: Move): string =>
  p.moves.length > 0
    ? `from ${STATUS[p.from].en} ${ROLE[p.role].en} may move it only to ${p.moves.map((b) => STATUS[b].en).join(' or ')}`
    : `${ROLE[p.role].en} may not move it from ${STATUS[p.from].en}`
const whyAr = (p: Move): string =>
  p.moves.length > 0
    ? `ولا يملك ${ROLE[p.role].ar} أن ينقلها من «${STATUS[p.from].ar}» إلا إلى ${p.moves.map((b) => `«${STATUS[b].ar}»`).join(' أو ')}`
    : `ولا يملك ${ROLE[p.role].ar} أن ينقلها من «${STATUS[p.from].ar}»`

export const deskMessages = {
  'desk.status-move': entry(
    (p: Move) =>
      `Article ${p.articleId} cannot go from ${STATUS[p.from].en} to ${STATUS[p.to].en}: ${whyEn(p)}. Nothing was changed; set its status back and sync again.`,
    (p) =>
      `لا يمكن نقل المقالة ${p.articleId} من «${STATUS[p.from].ar}» إلى «${STATUS[p.to].ar}»، ${whyAr(p)}. لم يتغير شيء؛ أعد حالتها كما كانت ثم زامن من جديد.`
  ),
  'desk.address-empty': entry(
    () => "Type the desk's address.",
    () => 'اكتب عنوان المكتب.'
  ),
  'desk.address-bad': entry(
    (p: { address: string }) => `"${p.address}" is not a desk address: it starts with http:// or https://.`,
    (p) => `«${p.address}» ليس عنوان مكتب: يبدأ العنوان بـ http:// أو https://.`
  ),
  'desk.token-empty': entry(
    () => 'Paste the access token the desk administrator gave you.',
    () => 'الصق رمز الدخول الذي أعطاك إياه مسؤول المكتب.'
  ),
  'desk.token-too-long': entry(
    () => 'That is not an access token: it is far too long.',
    () => 'هذا ليس رمز دخول: إنه أطول بكثير مما يصح.'
  ),
  'desk.not-linked': entry(
    () => 'This library is not connected to a desk: connect to one first (Settings, Desk).',
    () => 'هذه المكتبة غير متصلة بمكتب: اتصل بمكتب أولًا (الإعدادات، المكتب).'
  ),
  'desk.token-refused': entry(
    () => 'The desk does not accept this access token (wrong or revoked): check it was copied whole, or ask the desk administrator for a new one.',
    () => 'لا يقبل المكتب رمز الدخول هذا (خاطئ أو أُلغي): تحقق من نسخه كاملًا، أو اطلب رمزًا جديدًا من مسؤول المكتب.'
  ),
  'desk.unreachable': entry(
    (p: { url: string }) => `The desk at ${p.url} cannot be reached: check the address and that the desk is running. Nothing was lost.`,
    (p) => `تعذّر الوصول إلى المكتب على ${p.url}: تحقق من العنوان ومن أن المكتب يعمل. لم يضع شيء.`
  ),
  'desk.unreachable-send': entry(
    (p: { url: string }) => `The desk at ${p.url} cannot be reached: the article goes up with the next sync; send it to the editor again then.`,
    (p) => `تعذّر الوصول إلى المكتب على ${p.url}: تُرفع المقالة مع المزامنة التالية؛ أرسلها إلى المحرر مرة أخرى حينها.`
  ),
  /** The desk's refusal as the app says it; `why` is the desk's own message (or its English). */
  'desk.refused': entry(
    (p: { why: Said }, r) => r(p.why),
    (p, r) => `رفض المكتب الطلب: ${r(p.why)}`
  ),
  /** What the desk client says when the desk answers with a refusal. */
  'desk.client-refused': entry(
    (p: { why: Said }, r) => `The desk refused: ${r(p.why)}`,
    (p, r) => `رفض الديسك: ${r(p.why)}`
  )
}
