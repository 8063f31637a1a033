// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { isAllowedUrl, normalizeUrlInput } from '../../../../src/renderer/src/lib/links'

describe('link URL validation', () => {
  it.each(['https://example.com', 'http://example.com/a?b=c#d', 'mailto:editor@example.com', 'HTTPS://EXAMPLE.COM'])('accepts %s', (url) => {
    expect(isAllowedUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'tel:123',
    '//example.com',
    '/relative',
    'example.com',
    'mailto:nobody',
    'http://',
    ''
  ])('refuses %j', (url) => {
    expect(isAllowedUrl(url)).toBe(false)
  })

  it('turns what a person types into a URL when it obviously is one', () => {
    expect(normalizeUrlInput('www.example.com')).toBe('https://www.example.com')
    expect(normalizeUrlInput('example.com/page')).toBe('https://example.com/page')
    expect(normalizeUrlInput('editor@example.com')).toBe('mailto:editor@example.com')
    expect(normalizeUrlInput('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(isAllowedUrl(normalizeUrlInput('javascript:alert(1)'))).toBe(false)
  })
})
