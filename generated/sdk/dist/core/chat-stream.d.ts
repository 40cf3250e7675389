/**
 * Folding an OpenAI-style chat completion stream (`chat.completion.chunk` events) back into the
 * completion a non-streaming call returns: text and refusal deltas joined, tool calls assembled
 * by index (their `arguments` fragments concatenated), finish reasons and usage kept.
 */
/** A tool call as assembled from its deltas. */
export interface AccumulatedToolCall {
    index: number;
    id: string | undefined;
    type: string;
    function: {
        name: string;
        arguments: string;
    };
}
export interface AccumulatedChoice {
    index: number;
    message: {
        role: string;
        content: string | null;
        refusal?: string | undefined;
        tool_calls?: AccumulatedToolCall[] | undefined;
    };
    finish_reason: string | null;
}
export interface AccumulatedChatCompletion {
    id: string | undefined;
    object: 'chat.completion';
    created: number | undefined;
    model: string | undefined;
    choices: AccumulatedChoice[];
    /** Sent in the last chunk when the request asked for `stream_options: { include_usage: true }`. */
    usage: unknown;
    system_fingerprint?: string | undefined;
}
/** The final completion of a chat stream (consumes it). */
export declare function accumulateChatCompletion(stream: AsyncIterable<object>): Promise<AccumulatedChatCompletion>;
/** The text of the first choice once the stream ends (consumes it). */
export declare function chatCompletionText(stream: AsyncIterable<object>): Promise<string>;
