// A child process for the crash test: saves one article over and over and prints
// "ack VERSION COUNTER" only after each save has returned (i.e. committed).
import { openLibrary } from '../../src/node/library'
import { documentFromParagraphs } from '../../src/shared/document'

const [libraryPath, articleId] = process.argv.slice(2)
if (!libraryPath || !articleId) throw new Error('usage: save-loop LIBRARY ARTICLE_ID')

const library = openLibrary(libraryPath)
let article = library.getArticle(articleId)
for (let counter = 1; ; counter++) {
  const paragraphs = [`الفقرة رقم ${counter} من مقال يحفظ بلا توقف.`, 'نص ثابت يطول قليلا ليكبر الملف '.repeat(20)]
  article = library.saveArticle({
    id: articleId,
    baseVersion: article.version,
    changes: { document: documentFromParagraphs(paragraphs), title: `مسودة ${counter}` },
    reason: counter % 5 === 0 ? 'manual' : 'autosave'
  })
  // Pipes are written synchronously on Linux: once this returns, the parent has the line.
  process.stdout.write(`ack ${article.version} ${counter}\n`)
}
