export { EMPTY_HEAD, hashEvent, nextAuditEvent, type AuditEntry, type AuditHead } from './chain';
export { verifyChain, type ChainVerification } from './verify';
export { auditToCsv, csvCell } from './csv';
