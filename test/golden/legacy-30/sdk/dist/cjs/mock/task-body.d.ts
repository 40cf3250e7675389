/**
 * The body a task's poll answers with. It is fixed once, when the task is created: the poll's
 * success example (else its first), with the result and error fields cleared the way the
 * unfinished examples (else the schema) show them, the example ids replaced by the task's id and
 * the submit body's same-named top-level fields laid over it. Each state then rewrites only the
 * family's status, progress, result and error fields, so every poll tells one task's story.
 */
import type { JsonValue, MockOperation, MockTaskFamily, TaskState } from './types.js';
import type { SchemaCompiler, ValidateFn } from './validate.js';
/** A result field as it is cleared before success and the value it gets at success. */
export interface ResultSlot {
    /** The result pointer itself or the ancestor that was cleared (e.g. `/result` for `/result/sample`). */
    pointer: string;
    /** From the success example; undefined leaves the field cleared. */
    value: JsonValue | undefined;
}
/** What every task of one poll operation starts from (the example ids still in place). */
export interface PollTemplate {
    base: JsonValue;
    results: ResultSlot[];
    /** The error field's value in the success, failure and cancellation examples. */
    errors: Partial<Record<TaskState, JsonValue>>;
    /** Top-level property names the poll schema declares. */
    properties: Set<string>;
    validate: ValidateFn | undefined;
}
/** One task's fixed body and the values its state fields take. */
export interface TaskBody {
    base: JsonValue;
    results: ResultSlot[];
    errors: Partial<Record<TaskState, JsonValue>>;
}
/** The JSON examples of an operation's success response. */
export declare function successExamples(op: MockOperation | undefined): JsonValue[];
/** The canonical state a vendor status value stands for. */
export declare function canonicalState(family: MockTaskFamily, value: unknown): TaskState | undefined;
/** Every example id (candidates) inside `value` becomes `id`, also inside longer strings such as URLs. */
export declare function replaceIds(value: JsonValue, candidates: JsonValue[], id: JsonValue): JsonValue;
/** Built once per poll operation. */
export declare function pollTemplate(op: MockOperation | undefined, family: MockTaskFamily, compiler: SchemaCompiler): PollTemplate;
/** One task's body: the template with this task's id and the submit body's shared fields. */
export declare function taskBody(template: PollTemplate, family: MockTaskFamily, request: unknown, exampleIds: JsonValue[], id: JsonValue): TaskBody;
/** The poll body in one state: the fixed body with the status, progress, result and error fields set. */
export declare function stateBody(body: TaskBody, family: MockTaskFamily, state: TaskState, progress: number, status: JsonValue | undefined): JsonValue;
