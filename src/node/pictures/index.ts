// Authors' pictures fetched by the host, kept in the library: see fetcher.ts.
export { PictureFetcher, type PictureFetcherOptions, type PictureStore } from './fetcher'
export { fetchPicture, PICTURE_LIMITS, type PictureLimits } from './fetch-picture'
export { sniffPictureType } from './sniff'
