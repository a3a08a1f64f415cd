/** The exporters, one per format; each is pure and returns what to write. */
export type { ExportInput, ExportSource } from './source';
export { exportBrat } from './brat';
export { exportCsv } from './csv';
export { exportMeetings } from './meetings';
export { exportQdpx } from './qdpx';
export { exportW3c } from './w3c';
