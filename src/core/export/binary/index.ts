/**
 * The binary exports, loaded lazily (`#binary-exports`): PNG through resvg (WebAssembly) and PDF through
 * PDFKit. A separate bundle (dist/binaryExports.js), so neither library is read until a user exports.
 */
export { pdfFromScene } from './pdf';
export { pngFromSvg } from './png';
export { withRasterPictures } from './pdfPictures';
