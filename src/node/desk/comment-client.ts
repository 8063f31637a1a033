// The library's calls to a desk's comment routes (src/node/desk/comments.ts), over the same
// checked client as the article routes: every answer is held to the contract.
import {
  commentPullResponse,
  commentPushResponse,
  versionsResponse,
  type CommentChange,
  type CommentPullResponse,
  type CommentPushResponse,
  type VersionsResponse
} from '../../shared/desk/comments'
import { DeskClient } from './client'

export class CommentsClient extends DeskClient {
  pushComments(changes: CommentChange[]): Promise<CommentPushResponse> {
    return this.call('POST', '/v1/comments', commentPushResponse, { changes })
  }
  pullComments(since: number): Promise<CommentPullResponse> {
    return this.call('GET', `/v1/comments?since=${since}`, commentPullResponse)
  }
  versions(articleId: string, after: number): Promise<VersionsResponse> {
    return this.call('GET', `/v1/articles/${encodeURIComponent(articleId)}/versions?after=${after}`, versionsResponse)
  }
}
