// What the comments and desk-conflict calls say when they refuse, in English and Arabic.
import { entry } from './message'

export const commentErrorMessages = {
  'err.conflict-not-waiting': entry(
    () => 'That conflict is not waiting to be resolved.',
    () => 'هذا التعارض لا ينتظر حلًّا.'
  ),
  'err.conflict-article-changed': entry(
    () => 'The article changed since the conflict was shown; look at it again before choosing.',
    () => 'تغيّر المقال منذ عُرض التعارض؛ انظر فيه مجددًا قبل الاختيار.'
  ),
  'err.no-article': entry(
    (p: { id: string }) => `There is no article ${p.id}.`,
    (p) => `لا مقال بالمعرّف ${p.id}.`
  ),
  'err.comment-empty': entry(
    () => 'A comment needs some words.',
    () => 'التعليق يحتاج إلى كلمات.'
  ),
  'err.comment-too-long': entry(
    (p: { max: number; length: number }) => `A comment holds at most ${p.max} characters; this one has ${p.length}.`,
    (p) => `يتسع التعليق لـ${p.max} حرف على الأكثر، وفي هذا ${p.length}.`
  ),
  'err.comment-missing': entry(
    () => 'That comment is not in this library.',
    () => 'هذا التعليق ليس في هذه المكتبة.'
  ),
  'err.reply-parent-missing': entry(
    () => 'The comment replied to is not in this library.',
    () => 'التعليق المردود عليه ليس في هذه المكتبة.'
  )
}
