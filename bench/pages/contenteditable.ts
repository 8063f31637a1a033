// The editor benchmark's plain page: the article's paragraphs as <p> elements in one
// contenteditable element, the browser's own editing and nothing else, the floor under any
// editor. bench/suites/editor-baselines.ts bundles and serves it.

async function main(): Promise<void> {
  const paragraphs = (await (await fetch('article.json')).json()) as string[]
  const root = document.getElementById('editor') as HTMLElement
  const blocks = document.createDocumentFragment()
  for (const text of paragraphs) {
    const p = document.createElement('p')
    p.className = 'ed-p'
    p.textContent = text
    blocks.append(p)
  }
  root.append(blocks)
  root.contentEditable = 'true'
  await document.fonts.ready
  document.body.dataset.ready = 'true'
}

void main()
