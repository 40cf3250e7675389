/**
 * The request body media types the docs print samples for: the first (the SDKs'), and each other
 * one a body can be written in. A text body (XML without a root element name) with no example has
 * none to send, so it gets no sample rather than a body-less request (review 9 F3).
 */
import { requestContents } from '../../ir/operations.js';
import { shownExamples } from '../../ir/examples/index.js';
import type { ContentIr, OperationIr } from '../../ir/types.js';

export function sampledContents(op: OperationIr): ContentIr[] {
  return requestContents(op).filter(
    (c, i) => i === 0 || c.kind !== 'text' || shownExamples(c).length > 0,
  );
}
