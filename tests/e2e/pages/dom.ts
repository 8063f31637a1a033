// The few browser APIs page scripts in these page objects use, typed for tests compiled
// without the DOM library. Functions passed to evaluate run in the page, so they cannot
// import anything: they cast globalThis (or their element argument) to these shapes.
export interface DomElement {
  readonly children: ArrayLike<DomElement>
  readonly innerText: string
  readonly textContent: string | null
  readonly outerHTML: string
  readonly tagName: string
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  dispatchEvent(event: unknown): boolean
}

export interface PageDom {
  document: {
    querySelector(selector: string): DomElement | null
    querySelectorAll(selector: string): ArrayLike<DomElement>
    readonly activeElement: DomElement | null
    readonly documentElement: DomElement
  }
  getComputedStyle(el: DomElement): { direction: string; fontFamily: string; fontSize: string; textAlign: string }
  DataTransfer: new () => { setData(type: string, data: string): void }
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown
  localStorage: { getItem(key: string): string | null }
  __pwned?: unknown
}
