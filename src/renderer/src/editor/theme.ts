// Class names Lexical puts on the nodes it renders; the look lives in editor/ArticleEditor.css.
import type { EditorThemeClasses } from 'lexical'

export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  heading: { h1: 'ed-h2', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h3', h5: 'ed-h3', h6: 'ed-h3' },
  quote: 'ed-quote',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li-nested' }
  },
  link: 'ed-link',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike'
  }
}
