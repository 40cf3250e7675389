/**
 * Output format. `json` and `verbose_json` answer `application/json`; `text`, `srt` and
 * `vtt` answer `text/plain`.
 */
export type AudioResponseFormat = 'json' | 'text' | 'srt' | 'verbose_json' | 'vtt';
/** A timed segment of the text. */
export interface AudioSegment {
    id: number;
    seek?: number;
    start: number;
    end: number;
    text: string;
    tokens?: number[];
    temperature?: number;
    avg_logprob?: number;
    compression_ratio?: number;
    no_speech_prob?: number;
}
/** Answer for `response_format=json`. */
export interface AudioTextResponse {
    text: string;
}
/** `json` or `verbose_json` answer. */
export type AudioTranscriptionResult = AudioVerboseResponse | AudioTextResponse;
/** Answer for `response_format=verbose_json`. */
export interface AudioVerboseResponse {
    /** `transcribe` or `translate`. */
    task?: string;
    /** Detected or given language (English name). */
    language?: string;
    /** Audio length in seconds. */
    duration?: number;
    text: string;
    segments?: AudioSegment[];
    /** Present when word timestamps were requested. */
    words?: {
        word: string;
        start: number;
        end: number;
    }[];
}
/** An earlier answer of the model (also the shape of `choices[].message` in a response). */
export interface ChatAssistantMessage {
    role: 'assistant';
    /** The text; `null` when the turn only calls tools. */
    content?: string | null;
    name?: string;
    tool_calls?: ChatToolCall[];
}
/** A complete (non-streamed) chat answer. */
export interface ChatCompletion {
    id: string;
    object: 'chat.completion';
    /** Unix time in seconds. */
    created: number;
    /** The model that answered (may differ from the requested alias, e.g. `gpt-4-gizmo`). */
    model: string;
    system_fingerprint?: string | null;
    choices: ({
        index: number;
        message: ChatAssistantMessage;
        logprobs?: {
            [key: string]: unknown;
        } | null;
        finish_reason: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | null;
    })[];
    usage?: ChatCompletionUsage;
}
/** One `data:` payload of a streamed chat answer. */
export interface ChatCompletionChunk {
    id: string;
    object: 'chat.completion.chunk';
    created: number;
    model: string;
    system_fingerprint?: string | null;
    /** Empty in the final usage-only chunk. */
    choices: ({
        index: number;
        /** What this chunk adds to the message. */
        delta: {
            role?: 'assistant';
            content?: string | null;
            tool_calls?: {
                index: number;
                id?: string;
                type?: 'function';
                function?: {
                    name?: string;
                    arguments?: string;
                };
            }[];
        };
        logprobs?: {
            [key: string]: unknown;
        } | null;
        finish_reason?: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | null;
    })[];
    /** Only in the last chunk, when `stream_options.include_usage` is true. */
    usage?: ChatCompletionUsage | null;
}
/** Token counts of the request. */
export interface ChatCompletionUsage {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
}
/** One part of a multi-part user message. */
export type ChatContentPart = ChatContentPartText | ChatContentPartImage;
/** An image part (vision models). */
export interface ChatContentPartImage {
    type: 'image_url';
    image_url: {
        /** An `http(s)` URL or a `data:image/...;base64,` URI. */
        url: string;
        /** How much detail the model should look at. */
        detail?: 'auto' | 'low' | 'high';
    };
}
/** A text part. */
export interface ChatContentPartText {
    type: 'text';
    text: string;
}
/** One message of the conversation, told apart by `role`. */
export type ChatMessage = ChatSystemMessage | ChatUserMessage | ChatAssistantMessage | ChatToolMessage;
/** Force plain text or a JSON object as the answer. */
export interface ChatResponseFormat {
    type: 'text' | 'json_object';
}
/** Options for streamed answers. */
export interface ChatStreamOptions {
    /** Send a last chunk with `usage` (and empty `choices`) before `[DONE]`. */
    include_usage?: boolean;
}
/** Instructions that frame the conversation. */
export interface ChatSystemMessage {
    role: 'system';
    /** Text, or an array of text parts. */
    content: string | ChatContentPartText[];
    /** Optional participant name. */
    name?: string;
}
/** A function the model may call. */
export interface ChatTool {
    type: 'function';
    function: {
        name: string;
        description?: string;
        /** JSON Schema of the function's arguments. */
        parameters?: {
            [key: string]: unknown;
        };
    };
}
/** A function call requested by the model. */
export interface ChatToolCall {
    id: string;
    type: 'function';
    function: {
        name: string;
        /** JSON-encoded arguments (may be invalid JSON; validate before use). */
        arguments: string;
    };
}
/** `none`, `auto`, `required`, or a specific function. */
export type ChatToolChoice = 'none' | 'auto' | 'required' | {
    type: 'function';
    function: {
        name: string;
    };
};
/** The result of a tool call, sent back to the model. */
export interface ChatToolMessage {
    role: 'tool';
    content: string;
    /** The `id` of the tool call this answers. */
    tool_call_id: string;
}
/** Plain text, or an ordered array of text and image parts. */
export type ChatUserContent = string | ChatContentPart[];
/**
 * A user turn. `content` is a string or an array of parts; image parts (`image_url`) need a
 * vision model. With `gpt-4-all` an image or file URL may also be put at the start of the
 * text, separated from the question by a space.
 */
export interface ChatUserMessage {
    role: 'user';
    content: ChatUserContent;
    /** Optional participant name. */
    name?: string;
}
/** A complete (non-streamed) text completion. */
export interface Completion {
    id: string;
    object: 'text_completion';
    /** Unix time in seconds. */
    created: number;
    model: string;
    system_fingerprint?: string;
    choices: CompletionChoice[];
    usage?: ChatCompletionUsage;
}
export interface CompletionChoice {
    text: string;
    index: number;
    logprobs?: {
        [key: string]: unknown;
    } | null;
    finish_reason: 'stop' | 'length' | 'content_filter' | null;
}
/** One `data:` payload of a streamed completion (`finish_reason` is null until the last one). */
export interface CompletionChunk {
    id: string;
    object: 'text_completion';
    created: number;
    model: string;
    choices: CompletionChoice[];
}
/**
 * OpenAI chat-completion request. The model string selects the upstream: OpenAI models,
 * `gemini-pro`, custom GPTs (`gpt-4-gizmo-<gizmo id>`), `gpt-4-all`, `stable-diffusion` ...
 */
export interface CreateChatCompletionRequest {
    /** Model name as configured on the relay (the listed ones are common; any configured name works). */
    model: 'gpt-3.5-turbo' | 'gpt-4o' | 'gemini-pro' | 'gpt-4-all' | 'gpt-4-vision-preview' | 'stable-diffusion' | (string & {});
    /** The conversation so far, oldest first. */
    messages: ChatMessage[];
    /** Sampling temperature; higher is more random. */
    temperature?: number;
    /** Nucleus sampling mass. Change this or `temperature`, not both. */
    top_p?: number;
    /** Number of choices to generate. */
    n?: number;
    /** When true the answer is sent as server-sent events (`ChatCompletionChunk` payloads, then `data: [DONE]`). */
    stream?: boolean;
    stream_options?: ChatStreamOptions;
    /** Up to 4 sequences at which generation stops. */
    stop?: string | string[];
    /** Maximum number of tokens to generate. */
    max_tokens?: number;
    /** Penalises tokens that already appeared, encouraging new topics. */
    presence_penalty?: number;
    /** Penalises tokens by how often they appeared. */
    frequency_penalty?: number;
    /** Token id (as a string) → bias from -100 to 100. */
    logit_bias?: {
        [key: string]: number;
    };
    /** Your end-user's id, for abuse monitoring. */
    user?: string;
    response_format?: ChatResponseFormat;
    /** Best-effort deterministic sampling. */
    seed?: number;
    /** Functions the model may call. */
    tools?: ChatTool[];
    tool_choice?: ChatToolChoice;
}
/** Legacy completion request (instruct models). */
export interface CreateCompletionRequest {
    /** Model name, e.g. `gpt-3.5-turbo-instruct` (older examples use `text-davinci-003`). */
    model: string;
    /** Text, texts, a token array, or several token arrays. */
    prompt: string | string[] | number[] | number[][];
    /** Text that comes after the completion (insert mode). */
    suffix?: string;
    /** Maximum number of tokens to generate. */
    max_tokens?: number;
    temperature?: number;
    top_p?: number;
    n?: number;
    /** When true the answer is sent as server-sent events (`CompletionChunk` payloads, then `data: [DONE]`). */
    stream?: boolean;
    /** Include the log probabilities of this many most likely tokens. */
    logprobs?: number | null;
    /** Echo the prompt before the completion. */
    echo?: boolean;
    /** Up to 4 sequences at which generation stops. */
    stop?: string | string[];
    presence_penalty?: number;
    frequency_penalty?: number;
    /** Generate this many candidates server-side and return the best `n`. */
    best_of?: number;
    /** Token id (as a string) → bias from -100 to 100. */
    logit_bias?: {
        [key: string]: number;
    };
    /** Your end-user's id, for abuse monitoring. */
    user?: string;
}
/** Text (or tokens) to turn into vectors. */
export interface CreateEmbeddingRequest {
    /** A string, an array of strings, a token array, or an array of token arrays. */
    input: string | string[] | number[] | number[][];
    /** Embedding model. */
    model: string;
    /** `float` arrays, or base64-encoded little-endian float32. */
    encoding_format?: 'float' | 'base64';
    /** Output vector size (text-embedding-3 models only). */
    dimensions?: number;
    /** Your end-user's id, for abuse monitoring. */
    user?: string;
}
export interface CreateEmbeddingResponse {
    object: 'list';
    data: Embedding[];
    model: string;
    usage: {
        prompt_tokens: number;
        total_tokens: number;
    };
}
/**
 * OpenAI image-generation request. `model` picks the upstream: `dall-e-3` / `dall-e-2`,
 * Flux models (`flux`, `flux-dev`, `flux-pro`, `flux-1.1-pro` ...), or Recraft
 * (`recraftv3`, `recraftv2`). Which fields an upstream honours varies; see each field.
 */
export interface CreateImageRequest {
    /** Model name as configured on the relay (upstream OpenAI default `dall-e-2`). Flux and Recraft need it. */
    model?: 'dall-e-2' | 'dall-e-3' | 'flux-dev' | 'flux-1.1-pro' | 'recraftv3' | (string & {});
    /** What to draw (at most 4000 characters for dall-e-3). */
    prompt: string;
    /** Number of images; dall-e-3 only supports 1. */
    n?: number;
    /**
     * `<width>x<height>`. dall-e-3: `1024x1024`, `1792x1024`, `1024x1792`; dall-e-2:
     * `256x256`, `512x512`, `1024x1024`; Flux also takes sizes like `1024x768`, `512x1024`,
     * `768x1366`, `1344x576`.
     */
    size?: string;
    /** dall-e-3 only. */
    quality?: 'standard' | 'hd';
    /**
     * dall-e-3: `vivid` (default) or `natural`. Recraft: a Recraft style such as
     * `realistic_image`, `digital_illustration`, `vector_illustration` or `any`.
     */
    style?: string;
    /** `url` links stay valid for about an hour; `b64_json` returns the bytes inline. */
    response_format?: 'url' | 'b64_json';
    /** Your end-user's id, for abuse monitoring. */
    user?: string;
}
/** Text to read aloud. */
export interface CreateSpeechRequest {
    /** TTS model. */
    model: 'tts-1' | 'tts-1-hd' | (string & {});
    /** The text to speak. */
    input: string;
    /** The voice (the listed ones are the classic set; newer models add more). */
    voice: 'alloy' | 'echo' | 'fable' | 'onyx' | 'nova' | 'shimmer' | (string & {});
    /** Audio format; decides the response media type (mp3 → `audio/mpeg`, pcm → raw 24 kHz 16-bit samples). */
    response_format?: 'mp3' | 'opus' | 'aac' | 'flac' | 'wav' | 'pcm';
    speed?: number;
}
/** Multipart form for speech-to-text in the spoken language. */
export interface CreateTranscriptionRequest {
    /** The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB. */
    file: string;
    /** Speech model. */
    model: string;
    /** ISO-639-1 language of the audio (improves accuracy and speed). */
    language?: string;
    /** Text that guides the style or continues a previous segment; same language as the audio. */
    prompt?: string;
    response_format?: AudioResponseFormat;
    /** Sampling temperature; 0 lets the model pick automatically. */
    temperature?: number;
    /** Timestamps to include (needs `response_format=verbose_json`). */
    'timestamp_granularities[]'?: ('word' | 'segment')[];
}
/** Multipart form for speech-to-English translation. */
export interface CreateTranslationRequest {
    /** The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB. */
    file: string;
    /** Speech model. */
    model: string;
    /** English text that guides the style or continues a previous segment. */
    prompt?: string;
    response_format?: AudioResponseFormat;
    temperature?: number;
}
/** One vector, in input order. */
export interface Embedding {
    object: 'embedding';
    index: number;
    /** The vector (`number[]`), or a base64 string with `encoding_format: base64`. */
    embedding: number[] | string;
}
/**
 * The OpenAI-style error envelope the relay returns on `/v1/...` routes (and, as far as
 * the catalog knows, on most other routes) when a request fails.
 */
export interface ErrorEnvelope {
    error: {
        /** Human-readable explanation of the failure. */
        message: string;
        /** Error category, e.g. `invalid_request_error`, `authentication_error`, `rate_limit_error`, `server_error`. */
        type?: string;
        /** The request parameter the error is about, if any. */
        param?: string | null;
        /** Machine-readable error code, if any. */
        code?: string | null;
    };
}
/** Body of a FLUX.1 [dev] generation (FLUX 1.1 [pro]'s fields plus `steps` and `guidance`). */
export interface FluxDevRequest {
    /** What to draw. */
    prompt: string;
    width?: number;
    height?: number;
    /** Number of diffusion steps. */
    steps?: number;
    /** How strictly the image follows the prompt. */
    guidance?: number;
    prompt_upsampling?: boolean;
    seed?: number;
    safety_tolerance?: number;
    output_format?: 'jpeg' | 'png';
}
export interface FluxGetResultResponse {
    id: string;
    /** `Ready` means `result.sample` holds the image; the moderated, error and not-found states are final. */
    status: 'Task not found' | 'Pending' | 'Request Moderated' | 'Content Moderated' | 'Ready' | 'Error';
    /** Set once `Ready`. */
    result?: FluxResult | null;
}
/** Body of a FLUX 1.1 [pro] generation. */
export interface FluxPro11Request {
    /** What to draw. */
    prompt: string;
    /** Image width in pixels. */
    width?: number;
    /** Image height in pixels. */
    height?: number;
    /** Let the model rewrite the prompt for more detail. */
    prompt_upsampling?: boolean;
    /** Randomness seed; random when omitted. */
    seed?: number;
    /** Moderation tolerance, 0 (strictest) to 6 (most permissive). */
    safety_tolerance?: number;
    output_format?: 'jpeg' | 'png';
}
/** Body of a FLUX.1 [pro] generation (FLUX 1.1 [pro]'s fields plus sampling controls). */
export interface FluxProRequest {
    /** What to draw. */
    prompt: string;
    width?: number;
    height?: number;
    /** Number of diffusion steps. */
    steps?: number;
    /** How strictly the image follows the prompt. */
    guidance?: number;
    /** Variety of the output; higher is more dynamic. */
    interval?: number;
    prompt_upsampling?: boolean;
    seed?: number;
    safety_tolerance?: number;
    output_format?: 'jpeg' | 'png';
}
/** The finished image. */
export interface FluxResult {
    /** Short-lived signed URL of the image; download it promptly. */
    sample: string;
    prompt?: string;
    seed?: number;
    /** Unix time (seconds) when generation started. */
    start_time?: number;
    /** Unix time (seconds) when generation ended. */
    end_time?: number;
    /** Generation time in seconds. */
    duration?: number;
}
export interface FluxSubmitResponse {
    /** Task id; pass it to `get_result`. */
    id: string;
    /** Newer BFL versions also return a URL to poll. */
    polling_url?: string;
}
/** Aspect ratio of the image; do not combine with `resolution`. */
export type IdeogramAspectRatio = 'ASPECT_10_16' | 'ASPECT_16_10' | 'ASPECT_9_16' | 'ASPECT_16_9' | 'ASPECT_3_2' | 'ASPECT_2_3' | 'ASPECT_4_3' | 'ASPECT_3_4' | 'ASPECT_1_1' | 'ASPECT_1_3' | 'ASPECT_3_1';
/** A preset palette by `name`, or explicit `members` colours (V_2 and later only). */
export type IdeogramColorPalette = {
    name: 'EMBER' | 'FRESH' | 'JUNGLE' | 'MAGIC' | 'MELON' | 'MOSAIC' | 'PASTEL' | 'ULTRAMARINE';
} | {
    members: {
        color_hex: string;
        color_weight?: number;
    }[];
};
/** Form fields of a describe. */
export interface IdeogramDescribeRequest {
    /** The image to describe (JPEG, WEBP or PNG). */
    image_file: string;
}
export interface IdeogramDescribeResponse {
    descriptions: {
        text?: string;
    }[];
}
export interface IdeogramGenerateRequest {
    image_request: IdeogramImageRequest;
}
export interface IdeogramImage {
    /** The prompt used (after magic-prompt rewriting). */
    prompt?: string;
    /** Output size, e.g. `1024x1024`. */
    resolution?: string;
    /** False when the image failed the safety check (then `url` may be absent). */
    is_image_safe?: boolean;
    seed?: number;
    /** Image URL (valid about 24 hours; the relay says it proxies them). */
    url?: string;
    style_type?: string;
}
/** Generation settings (the `image_request` object). */
export interface IdeogramImageRequest {
    /** What to draw. */
    prompt: string;
    aspect_ratio?: IdeogramAspectRatio;
    model?: IdeogramModel;
    magic_prompt_option?: IdeogramMagicPromptOption;
    seed?: number;
    style_type?: IdeogramStyleType;
    /** What should not appear in the image. */
    negative_prompt?: string;
    num_images?: number;
    /** Exact output resolution such as `RESOLUTION_1024_1024` (V_2 and later; do not combine with `aspect_ratio`). */
    resolution?: string;
    color_palette?: IdeogramColorPalette;
}
export interface IdeogramImagesResponse {
    created?: string;
    data: IdeogramImage[];
}
/** Whether Ideogram may rewrite the prompt ("magic prompt"). */
export type IdeogramMagicPromptOption = 'AUTO' | 'ON' | 'OFF';
/** Ideogram model version. */
export type IdeogramModel = 'V_1' | 'V_1_TURBO' | 'V_2' | 'V_2_TURBO';
/** Remix settings, i.e. the generation settings plus how strongly the input image counts. */
export interface IdeogramRemixImageRequest {
    prompt: string;
    aspect_ratio?: IdeogramAspectRatio;
    model?: IdeogramModel;
    magic_prompt_option?: IdeogramMagicPromptOption;
    seed?: number;
    style_type?: IdeogramStyleType;
    negative_prompt?: string;
    num_images?: number;
    resolution?: string;
    color_palette?: IdeogramColorPalette;
    /** Influence of the input image, 1–100. */
    image_weight?: number;
}
/** Form fields of a remix. */
export interface IdeogramRemixRequest {
    /** The remix settings, sent as a JSON text part (`Content-Type: application/json`). */
    image_request: IdeogramRemixImageRequest;
    /** The input image (JPEG, WEBP or PNG). */
    image_file: string;
}
/** Style of the image (V_2 and later only). */
export type IdeogramStyleType = 'AUTO' | 'GENERAL' | 'REALISTIC' | 'DESIGN' | 'RENDER_3D' | 'ANIME';
/** Upscale settings. */
export interface IdeogramUpscaleImageRequest {
    /** Optional prompt to guide the upscale. */
    prompt?: string;
    /** How close the result stays to the input. */
    resemblance?: number;
    /** How much detail is added. */
    detail?: number;
    magic_prompt_option?: IdeogramMagicPromptOption;
    num_images?: number;
    seed?: number;
}
/** Form fields of an upscale. */
export interface IdeogramUpscaleRequest {
    /** The upscale settings, sent as a JSON text part (`{}` for the defaults). */
    image_request: IdeogramUpscaleImageRequest;
    /** The image to upscale (JPEG, WEBP or PNG). */
    image_file: string;
}
/** Image to describe, inferred. */
export interface IdeogramWebDescribeRequest {
    /** The image as a URL or base64 string. */
    image: string;
}
/** Descriptions of the image, inferred. */
export interface IdeogramWebDescribeResponse {
    descriptions: {
        text?: string;
    }[];
}
/** Text-to-image settings, after the Ideogram web app's own sampling request. */
export interface IdeogramWebGenerateRequest {
    /** What to draw. */
    prompt: string;
    /** E.g. `1:1`, `16:9`, `9:16`. */
    aspect_ratio?: string;
    /** Web-app model version string, e.g. `V_0_3` or `V_2`. */
    model_version?: string;
    /** E.g. `AUTO`, `GENERAL`, `REALISTIC`, `DESIGN`, `RENDER_3D`, `ANIME`. */
    style_type?: string;
    /** Keep the images out of the public gallery. */
    private?: boolean;
    /** Magic prompt, e.g. `AUTO`, `ON` or `OFF`. */
    use_autoprompt_option?: string;
    /** Speed tier as in the web app (0 = default). */
    sampling_speed?: number;
}
/** Remix settings, inferred. */
export interface IdeogramWebRemixRequest {
    /** What the remixed image should show. */
    prompt: string;
    /** The input image as a URL or base64 string. */
    image: string;
    /** Influence of the input image. */
    image_weight?: number;
    /** E.g. `1:1`. */
    aspect_ratio?: string;
    model_version?: string;
}
/** One image of a generation request. */
export interface IdeogramWebResponseImage {
    /** True for the request's cover image. */
    cover?: boolean;
    descriptions?: unknown[];
    highest_fidelity?: boolean;
    /** True when `prompt` was written by the magic prompt. */
    is_autoprompt?: boolean;
    num_likes?: number;
    num_remixes?: number;
    /** The prompt used for this image. */
    prompt?: string;
    /** Image id; pass it to the upscale route. */
    response_id?: string;
    /** Image URL (not present on every image). */
    image_url?: string;
    self_like?: boolean;
}
/** One generation request and its progress. */
export interface IdeogramWebSamplingRequest {
    /** E.g. `1:1`. */
    aspect_ratio?: string;
    can_upscale?: boolean;
    /** Progress in percent; 100 means done. */
    completion_percentage?: number;
    cover_response_id?: string;
    /** Unix time (seconds, fractional) of creation. */
    creation_time_float?: number;
    has_started?: boolean;
    height?: number;
    /** True once the images are ready. */
    is_completed?: boolean;
    /** Web-app model version, e.g. `V_0_3`. */
    model_version?: string;
    private?: boolean;
    request_id?: string;
    /** E.g. `TEXT_TO_IMAGE`. */
    request_type?: string;
    resolution?: number;
    responses?: IdeogramWebResponseImage[];
    sampling_speed?: number;
    seed?: number;
    user?: IdeogramWebUser;
    user_hparams?: {
        aspect_ratio?: string;
    };
    /** The prompt as the user typed it. */
    user_prompt?: string;
    width?: number;
}
/** Answer of a web-app submit, inferred; poll `request_id` with the task query. */
export interface IdeogramWebSubmitResponse {
    request_id: string;
}
export interface IdeogramWebTaskRequest {
    /** Id of the generation request to look up. */
    request_id: string;
}
export interface IdeogramWebTaskResponse {
    /** The requested generation (one entry per id asked for). */
    sampling_requests: IdeogramWebSamplingRequest[];
}
/** Upscale settings, inferred. */
export interface IdeogramWebUpscaleRequest {
    /** Id of an image from a finished request (`responses[].response_id` of the task query). */
    response_id: string;
    prompt?: string;
    resemblance?: number;
    detail?: number;
}
/** The Ideogram account that owns the generation. */
export interface IdeogramWebUser {
    badge?: string | null;
    display_handle?: string;
    photo_url?: string;
    subscription_plan_id?: string;
    user_id?: string;
}
/** One generated image (`url` or `b64_json`, as asked). */
export interface Image {
    url?: string;
    b64_json?: string;
    /** The prompt dall-e-3 actually used. */
    revised_prompt?: string;
}
/** Generated images. */
export interface ImagesResponse {
    /** Unix time in seconds. */
    created: number;
    data: Image[];
}
/** Camera movement. `simple` takes exactly one non-zero value in `config`; the other types are presets without `config`. */
export interface KlingCameraControl {
    type: 'simple' | 'down_back' | 'forward_up' | 'right_turn_forward' | 'left_turn_forward';
    config?: {
        horizontal?: number;
        vertical?: number;
        pan?: number;
        tilt?: number;
        roll?: number;
        zoom?: number;
    };
}
/** A region to move (motion brush) and its path. */
export interface KlingDynamicMask {
    /** Mask image (URL or base64) marking the region. */
    mask: string;
    trajectories: {
        x: number;
        y: number;
    }[];
}
/** Kling's error answer, i.e. the usual envelope with a non-zero `code`. */
export interface KlingErrorResponse {
    /** Non-zero Kling error code (e.g. 1201 invalid parameter, 1102 balance exhausted, 1303 too many concurrent tasks, 5000 server error). */
    code: number;
    message: string;
    request_id?: string;
}
export interface KlingImage {
    index?: number;
    url?: string;
}
export interface KlingImage2VideoRequest {
    model_name?: KlingModelName;
    /** Start frame as a URL or base64 string. */
    image: string;
    /** End frame as a URL or base64 string. */
    image_tail?: string;
    prompt?: string;
    negative_prompt?: string;
    cfg_scale?: number;
    mode?: 'std' | 'pro';
    /** Mask image (URL or base64) of the area that must stay still (motion brush). */
    static_mask?: string;
    dynamic_masks?: KlingDynamicMask[];
    duration?: '5' | '10';
    callback_url?: string;
    external_task_id?: string;
}
export interface KlingImageGenerationRequest {
    model_name?: KlingModelName;
    /** What to draw. */
    prompt: string;
    /** What should not appear (not allowed together with `image`). */
    negative_prompt?: string;
    /** Reference image as a URL or base64 string. */
    image?: string;
    /** What the reference image fixes (kling-v1-5 with `image` only). */
    image_reference?: 'subject' | 'face';
    /** How closely the reference image is followed. */
    image_fidelity?: number;
    /** How closely a reference face is followed (with `image_reference: face`). */
    human_fidelity?: number;
    /** Number of images. */
    n?: number;
    aspect_ratio?: '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3';
    /** URL Kling calls when the task status changes. */
    callback_url?: string;
}
/** Kling model, e.g. `kling-v1` (default) or `kling-v1-5`. */
export type KlingModelName = string;
export interface KlingSubmitResponse {
    /** `0` on success. */
    code: number;
    message?: string;
    request_id?: string;
    data: {
        /** Task id; poll it with the query route of the same kind. */
        task_id: string;
        task_status: KlingTaskStatus;
        /** Unix time in milliseconds. */
        created_at?: number;
        /** Unix time in milliseconds. */
        updated_at?: number;
    };
}
export interface KlingTaskResponse {
    /** `0` on success. */
    code: number;
    message?: string;
    request_id?: string;
    data: {
        task_id: string;
        task_status: KlingTaskStatus;
        /** Why the task failed. */
        task_status_msg?: string;
        /** Unix time in milliseconds. */
        created_at?: number;
        /** Unix time in milliseconds. */
        updated_at?: number;
        task_result?: KlingTaskResult;
    };
}
/** `videos` for video tasks, `images` for image tasks. */
export interface KlingTaskResult {
    videos?: KlingVideo[];
    images?: KlingImage[];
}
/** `succeed` (sic) means finished; `failed` comes with `task_status_msg`. */
export type KlingTaskStatus = 'submitted' | 'processing' | 'succeed' | 'failed';
export interface KlingText2VideoRequest {
    model_name?: KlingModelName;
    /** What should happen in the video. */
    prompt: string;
    negative_prompt?: string;
    /** How strictly the video follows the prompt. */
    cfg_scale?: number;
    /** `std` is faster and cheaper, `pro` gives higher quality. */
    mode?: 'std' | 'pro';
    camera_control?: KlingCameraControl;
    aspect_ratio?: '16:9' | '9:16' | '1:1';
    /** Video length in seconds (a string). */
    duration?: '5' | '10';
    callback_url?: string;
    /** Your own id for the task, unique per account. */
    external_task_id?: string;
}
export interface KlingVideo {
    id?: string;
    url?: string;
    /** Length in seconds (a string). */
    duration?: string;
}
/** Continue a finished video. */
export interface LumaExtendRequest {
    /** What should happen next. */
    user_prompt: string;
    expand_prompt?: boolean;
    /** Start frame, a URL or base64 image. */
    image_url?: string;
    /** End frame, a URL or base64 image. */
    image_end_url?: string;
    /** Callback URL for status changes. */
    notify_hook?: string;
}
/** Text (and optional start/end frames) to a short video. */
export interface LumaGenerateRequest {
    /** What should happen in the video. */
    user_prompt: string;
    /** Let Luma enhance the prompt. */
    expand_prompt?: boolean;
    /** Documented values `1:1`, `4:3`, `3:4`, `16:9`, `9:16` (Luma itself also knows `21:9`, `9:21`). */
    aspect_ratio?: string;
    /** Make the video loop seamlessly. */
    loop?: boolean;
    /** Start frame, a URL or base64 image. */
    image_url?: string;
    /** End frame, a URL or base64 image. */
    image_end_url?: string;
    /** Callback URL for status changes. */
    notify_hook?: string;
    /** Newer relay versions only, e.g. `ray-v1`, `ray-v2`. */
    model_name?: string;
    /** Newer relay versions only, e.g. `5s`. */
    duration?: string;
    /** Newer relay versions only, `720p` or `1080p`. */
    resolution?: string;
}
/** A video generation (answer of generate, extend and get). */
export interface LumaGeneration {
    /** Generation (task) id. */
    id: string;
    prompt?: string;
    state: LumaState;
    /** Queue information, when queued. */
    queue_state?: unknown;
    created_at?: string;
    batch_id?: string;
    /** Set when `state` is `completed`. */
    video?: LumaVideo | null;
    video_raw?: {
        [key: string]: unknown;
    } | null;
    /** Web-app like flag (null when unset). */
    liked?: unknown;
    estimate_wait_seconds?: number | null;
    thumbnail?: {
        [key: string]: unknown;
    } | null;
    last_frame?: {
        [key: string]: unknown;
    } | null;
    /** Added by some relays. */
    server_id?: string;
}
/** Generation state; `completed` and `failed` are final (newer Luma also reports `queued` and `dreaming`). */
export type LumaState = 'pending' | 'queued' | 'processing' | 'dreaming' | 'completed' | 'failed';
/** The rendered video. */
export interface LumaVideo {
    url: string;
    width?: number;
    height?: number;
    thumbnail?: {
        [key: string]: unknown;
    } | null;
    download_url?: string;
}
/** Restricts which Discord account (instance) may run the job (midjourney-proxy-plus). */
export interface MjAccountFilter {
    /** Discord channel id. */
    channelId?: string;
    /** Account instance id. */
    instanceId?: string;
    /** Only accounts that have one of these speed modes. */
    modes?: ('RELAX' | 'FAST' | 'TURBO')[];
    /** Match the account remark. */
    remark?: string;
    /** Only accounts with remix on (true) or off (false). */
    remix?: boolean;
    /** Whether remix-mode modals are submitted automatically. */
    remixAutoConsidered?: boolean;
}
/** Press a button of a finished task. */
export interface MjActionRequest {
    /** `buttons[].customId` of the parent task. */
    customId: string;
    /** The parent task id. */
    taskId: string;
    /** Run on the same account/channel as the parent task. */
    chooseSameChannel?: boolean;
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
    mode?: MjMode;
}
/** Blend 2–5 images into one. */
export interface MjBlendRequest {
    /** The images as data URIs. */
    base64Array: string[];
    /** Output ratio (2:3, 1:1, 3:2). */
    dimensions?: 'PORTRAIT' | 'SQUARE' | 'LANDSCAPE';
    botType?: MjBotType;
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
    mode?: MjMode;
}
/** Which Discord bot runs the job. */
export type MjBotType = 'MID_JOURNEY' | 'NIJI_JOURNEY';
/** A button under a finished image; run it with `/mj/submit/action` and its `customId`. */
export interface MjButton {
    /** Action id, e.g. `MJ::JOB::upsample::1::<hash>`, `MJ::JOB::variation::2::<hash>`, `MJ::JOB::reroll::0::<hash>::SOLO`. */
    customId: string;
    emoji?: string;
    /** Button text, e.g. `U1`, `V2`, `Zoom Out 2x`. */
    label?: string;
    /** Discord component type (2 = button). */
    type?: number;
    /** Discord button style (1 primary, 2 secondary). */
    style?: number;
}
/** Ask for four prompts that describe an image. */
export interface MjDescribeRequest {
    /** The image as a data URI. */
    base64: string;
    botType?: MjBotType;
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
    mode?: MjMode;
}
/** The seed of a finished task's image. */
export interface MjImageSeedResult {
    /** 1 = found. */
    code: number;
    description?: string;
    /** The seed, as a string. */
    result?: string | null;
}
/** Text (and optional reference images) to an image grid. */
export interface MjImagineRequest {
    /** Midjourney prompt including parameters (`--v 6.0`, `--ar 16:9`, `--niji` ...). */
    prompt: string;
    botType?: MjBotType;
    /** Reference images as data URIs (`data:image/png;base64,...`). */
    base64Array?: string[];
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
    mode?: MjMode;
}
/** The ids to look up. */
export interface MjListByConditionRequest {
    ids: string[];
}
/** Complete a task waiting in `MODAL` status (vary region, custom zoom, remix). */
export interface MjModalRequest {
    /** The task in `MODAL` status. */
    taskId: string;
    /** The (new) prompt for the modal. */
    prompt?: string;
    /** Mask for vary region, as a data URI. */
    maskBase64?: string;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
}
/**
 * Speed mode for this job (relay extension). Same effect as the `/mj-fast`, `/mj-turbo`,
 * `/mj-relax` path prefixes; a mode fixed on the key wins over both.
 */
export type MjMode = 'fast' | 'turbo' | 'relax';
/** Filters and paging for `/mj/task/query`. All fields optional. */
export interface MjQueryRequest {
    /** 0-based page number. */
    pageNumber?: number;
    pageSize?: number;
    /** `<field>,asc|desc`. */
    sort?: string;
    action?: MjTaskAction;
    description?: string;
    ids?: string[];
    /** Account instance. */
    instanceId?: string;
    prompt?: string;
    promptEn?: string;
    state?: string;
    status?: MjTaskStatus;
    statusSet?: MjTaskStatus[];
}
/** Analyse a prompt and suggest shorter versions. */
export interface MjShortenRequest {
    prompt: string;
    botType?: MjBotType;
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
    mode?: MjMode;
}
/** Spring Data sort state. */
export interface MjSort {
    empty?: boolean;
    sorted?: boolean;
    unsorted?: boolean;
}
/**
 * Answer of every submit. HTTP is 200 even when the submit was refused: check `code`.
 * `1` = submitted (`result` is the new task id), `22` = accepted and queued (also a task id).
 * Other codes are failures; midjourney-proxy uses `21` task already exists (`result` = that
 * task), `23` queue full, `24` prompt contains a banned word (`properties.bannedWord`).
 */
export interface MjSubmitResult {
    /** 1 = submitted, 22 = queued; anything else is a failure. */
    code: number;
    /** Human-readable outcome, e.g. `Submit success` / `提交成功`. */
    description: string;
    /** The task id (numeric string). Absent or null when the submit failed. */
    result?: string | null;
    /** Extra data, e.g. `discordChannelId`, `discordInstanceId`, `promptEn`, `bannedWord`. */
    properties?: {
        [key: string]: unknown;
    };
}
/** InsightFace face swap. */
export interface MjSwapFaceRequest {
    /** The face to use, as a data URI. */
    sourceBase64: string;
    /** The image whose face is replaced, as a data URI. */
    targetBase64: string;
    accountFilter?: MjAccountFilter;
    /** Callback URL for status changes; empty = the relay's global hook. */
    notifyHook?: string;
    /** Any text; echoed back in the task. */
    state?: string;
}
/**
 * A Midjourney job as returned by fetch/list/queue and pushed to `notifyHook`. Poll until
 * `status` is `SUCCESS` (`progress` "100%", `imageUrl` set) or `FAILURE` (`failReason`).
 */
export interface MjTask {
    /** Task id. */
    id: string;
    action?: MjTaskAction;
    /** The button id this task ran (action tasks). */
    customId?: string;
    /** `MID_JOURNEY`, `NIJI_JOURNEY`, or empty. */
    botType?: string;
    prompt?: string;
    /** The prompt as sent to Midjourney (translated); for DESCRIBE the four suggested prompts. */
    promptEn?: string;
    /** Human-readable status text. */
    description?: string;
    /** Your `state` value, echoed. */
    state?: string;
    /** Unix time in milliseconds. */
    submitTime?: number;
    /** Unix time in milliseconds. */
    startTime?: number;
    /** Unix time in milliseconds. */
    finishTime?: number;
    /** The result image (the 2×2 grid for IMAGINE); may be served through the relay. */
    imageUrl?: string | null;
    imageWidth?: number;
    imageHeight?: number;
    status?: MjTaskStatus;
    /** Percent string, `"0%"` … `"100%"`. */
    progress?: string;
    /** Why the task failed (FAILURE only). */
    failReason?: string | null;
    /** Follow-up actions (upscale, variation, zoom, ...). */
    buttons?: MjButton[];
    maskBase64?: string | null;
    /** Extra data, e.g. `finalPrompt`, `finalZhPrompt`, `notifyHook`, `discordChannelId`, `messageId`, `messageHash`, `nonce`, `flags`. */
    properties?: {
        [key: string]: unknown;
    };
}
/** Kind of job. */
export type MjTaskAction = 'IMAGINE' | 'UPSCALE' | 'VARIATION' | 'REROLL' | 'ZOOM' | 'PAN' | 'DESCRIBE' | 'BLEND' | 'SHORTEN' | 'SWAP_FACE';
/** Several tasks. */
export type MjTaskList = MjTask[];
/** One page of tasks (Spring Data page; `number` is 0-based). */
export interface MjTaskPage {
    content: MjTask[];
    empty?: boolean;
    first?: boolean;
    last?: boolean;
    number?: number;
    numberOfElements?: number;
    pageable?: {
        offset?: number;
        pageNumber?: number;
        pageSize?: number;
        paged?: boolean;
        unpaged?: boolean;
        sort?: MjSort;
    };
    size?: number;
    sort?: MjSort;
    totalElements?: number;
    totalPages?: number;
}
/**
 * `NOT_START` / `SUBMITTED` (queued), `IN_PROGRESS`, `MODAL` (waiting for `/mj/submit/modal`),
 * `SUCCESS`, `FAILURE` (see `failReason`), `CANCEL`.
 */
export type MjTaskStatus = 'NOT_START' | 'SUBMITTED' | 'MODAL' | 'IN_PROGRESS' | 'FAILURE' | 'SUCCESS' | 'CANCEL';
/** Base visual style a custom style is built on. */
export type RecraftBaseStyle = 'realistic_image' | 'digital_illustration' | 'vector_illustration' | 'icon';
/** Extra controls for a generation. */
export interface RecraftControls {
    /** Preferred colours of the image. */
    colors?: RecraftRgb[];
    background_color?: RecraftRgb;
}
/** Form fields of a style creation. Each reference image is sent as its own `file` part. */
export interface RecraftCreateStyleRequest {
    style: RecraftBaseStyle;
    /** One to five reference images (PNG, JPG or WEBP), one `file` part each. */
    file: string[];
}
export interface RecraftCreateStyleResponse {
    /** The new style's id; pass it as `style_id` when generating. */
    id: string;
}
export interface RecraftGenerateImageRequest {
    /** What to draw. */
    prompt: string;
    /** Number of images. */
    n?: number;
    /** A custom style created with the styles route; do not combine with `style`. */
    style_id?: string;
    /** Base style of the image. */
    style?: 'realistic_image' | 'digital_illustration' | 'vector_illustration' | 'icon' | 'any';
    /** A substyle of `style`, e.g. `hand_drawn` for `digital_illustration`. */
    substyle?: string;
    model?: 'recraftv3' | 'recraftv2';
    response_format?: 'url' | 'b64_json';
    size?: '1024x1024' | '1365x1024' | '1024x1365' | '1536x1024' | '1024x1536' | '1820x1024' | '1024x1820' | '1024x2048' | '2048x1024' | '1434x1024' | '1024x1434' | '1024x1280' | '1280x1024' | '1024x1707' | '1707x1024';
    controls?: RecraftControls;
    /** Texts to lay out on the image (recraftv3 only). */
    text_layout?: RecraftTextLayoutItem[];
}
/** One generated image; `url` (valid about 24 hours) or `b64_json`, following `response_format`. */
export interface RecraftImage {
    url?: string;
    b64_json?: string;
    image_id?: string;
}
/** Form fields of an operation on one uploaded image. */
export interface RecraftImageFileRequest {
    /** The image (PNG, JPG or WEBP, at most 5 MB). */
    file: string;
    /** Return a URL (default) or the image base64-encoded. */
    response_format?: 'url' | 'b64_json';
}
export interface RecraftImageFileResponse {
    /** The result; `url` (valid about 24 hours) or `b64_json`. */
    image: {
        url?: string;
        b64_json?: string;
    };
}
export interface RecraftImagesResponse {
    /** Unix time (seconds) of the generation. */
    created?: number;
    data: RecraftImage[];
}
/** A colour as `[r, g, b]`, each 0–255. */
export interface RecraftRgb {
    rgb: number[];
}
/** A text to place on the image (recraftv3 only) and its bounding box as four relative corner points. */
export interface RecraftTextLayoutItem {
    text: string;
    bbox: number[][];
}
/**
 * Error body on the relay's task routes (`/mj`, `/suno`, `/luma`, ...). No page of the site
 * shows it; it is assumed to be the same OpenAI-style envelope the relay uses on `/v1/...`.
 */
export type RelayErrorEnvelope = ErrorEnvelope;
export interface RunwayImageToVideoRequest {
    /**
     * The start image as an HTTPS URL or data URI, or a list of keyframes (`first` and/or
     * `last` frame).
     */
    promptImage: string | RunwayPromptImage[];
    /** Video model, e.g. `gen3a_turbo`. */
    model: string;
    /** What should happen in the video. */
    promptText?: string;
    /** Randomness seed; random when omitted. */
    seed?: number;
    /** Add a Runway watermark. */
    watermark?: boolean;
    /** Video length in seconds. */
    duration?: 5 | 10;
    /** Output aspect ratio. Runway's 2024 values are `16:9` and `9:16`; newer API versions use `1280:768` and `768:1280`. */
    ratio?: '16:9' | '9:16' | '1280:768' | '768:1280';
}
/** A keyframe image and where it sits in the video. */
export interface RunwayPromptImage {
    /** HTTPS URL or `data:image/...;base64,` URI of the image. */
    uri: string;
    position?: 'first' | 'last';
}
export interface RunwayTask {
    id: string;
    /** `THROTTLED` means waiting for a free slot of the account. */
    status: 'PENDING' | 'THROTTLED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
    createdAt?: string;
    /** Fraction done while `RUNNING`. */
    progress?: number;
    /** URLs of the generated video(s) once `SUCCEEDED`; they expire after a while. */
    output?: string[];
    /** Why the task failed. */
    failure?: string;
    /** Machine-readable failure code. */
    failureCode?: string;
}
export interface RunwayTaskCreated {
    /** Task id; poll it with the task route. */
    id: string;
}
export interface StabilityArtifact {
    /** The PNG image, base64-encoded. */
    base64: string;
    finishReason: 'SUCCESS' | 'ERROR' | 'CONTENT_FILTERED';
    /** The seed used for this image. */
    seed?: number;
}
/** The answer of a v1 generation when `Accept` is `application/json`. */
export interface StabilityArtifactsResponse {
    artifacts: StabilityArtifact[];
}
/** Output aspect ratio (text-to-image only). */
export type StabilityAspectRatio = '16:9' | '1:1' | '21:9' | '2:3' | '3:2' | '4:5' | '5:4' | '9:16' | '9:21';
/** Form fields of a Stable Image Core generation (Ultra's fields plus `style_preset`). */
export interface StabilityCoreRequest {
    /** What to draw. Weight words with `(word:weight)`. */
    prompt: string;
    /** What should not appear in the image. */
    negative_prompt?: string;
    aspect_ratio?: StabilityAspectRatio;
    /** Randomness seed; `0` picks a random one. */
    seed?: number;
    style_preset?: StabilityStylePreset;
    /** Encoding of the returned image. */
    output_format?: 'png' | 'jpeg' | 'webp';
}
/** The answer of a v2beta generation when the request's `accept` header is `application/json`. */
export interface StabilityImageResponse {
    /** The generated image, base64-encoded, in the requested `output_format`. */
    image: string;
    /** `CONTENT_FILTERED` means the image was blurred or replaced by the moderation filter. */
    finish_reason: 'SUCCESS' | 'CONTENT_FILTERED';
    /** The seed that was used. */
    seed?: number;
}
/**
 * Form fields of a Stable Diffusion 3 generation. `mode: image-to-image` needs `image` and
 * `strength` and ignores `aspect_ratio`.
 */
export interface StabilitySd3Request {
    /** What to draw. */
    prompt: string;
    /** Generate from text only, or transform a start image. */
    mode?: 'text-to-image' | 'image-to-image';
    /** Start image (image-to-image only); PNG, JPEG or WEBP. */
    image?: string;
    /** How much the start image is changed (image-to-image only); 1 ignores it almost entirely. */
    strength?: number;
    aspect_ratio?: StabilityAspectRatio;
    /** SD3 variant. `sd3` and `sd3-turbo` are the older names. */
    model?: 'sd3-large' | 'sd3-large-turbo' | 'sd3-medium' | 'sd3' | 'sd3-turbo';
    /** Randomness seed; `0` picks a random one. */
    seed?: number;
    /** Encoding of the returned image. */
    output_format?: 'png' | 'jpeg';
    /** What should not appear in the image (not for the turbo models). */
    negative_prompt?: string;
}
/**
 * Body of a v1 text-to-image generation. SDXL 1.0 accepts only the sizes 1024x1024, 1152x896,
 * 896x1152, 1216x832, 832x1216, 1344x768, 768x1344, 1536x640 and 640x1536; SD 1.6 takes
 * 320–1536 px per side in steps of 64.
 */
export interface StabilitySdxlRequest {
    /** One or more weighted prompts. */
    text_prompts: StabilityTextPrompt[];
    /** Image height in pixels. */
    height?: number;
    /** Image width in pixels. */
    width?: number;
    /** How strictly the image follows the prompt. */
    cfg_scale?: number;
    clip_guidance_preset?: 'FAST_BLUE' | 'FAST_GREEN' | 'NONE' | 'SIMPLE' | 'SLOW' | 'SLOWER' | 'SLOWEST';
    /** Diffusion sampler; picked automatically when omitted. */
    sampler?: 'DDIM' | 'DDPM' | 'K_DPMPP_2M' | 'K_DPMPP_2S_ANCESTRAL' | 'K_DPM_2' | 'K_DPM_2_ANCESTRAL' | 'K_EULER' | 'K_EULER_ANCESTRAL' | 'K_HEUN' | 'K_LMS';
    /** Number of images to generate. */
    samples?: number;
    /** Randomness seed; `0` picks a random one. */
    seed?: number;
    /** Number of diffusion steps. */
    steps?: number;
    style_preset?: StabilityStylePreset;
}
/** Guides the image towards a particular style. */
export type StabilityStylePreset = '3d-model' | 'analog-film' | 'anime' | 'cinematic' | 'comic-book' | 'digital-art' | 'enhance' | 'fantasy-art' | 'isometric' | 'line-art' | 'low-poly' | 'modeling-compound' | 'neon-punk' | 'origami' | 'photographic' | 'pixel-art' | 'tile-texture';
export interface StabilityTextPrompt {
    /** Prompt text. */
    text: string;
    /** Weight of this prompt; negative values make it a negative prompt. */
    weight?: number;
}
/** Form fields of a Stable Image Ultra generation. */
export interface StabilityUltraRequest {
    /** What to draw. Weight words with `(word:weight)`, e.g. `(blue:0.3)`. */
    prompt: string;
    /** What should not appear in the image. */
    negative_prompt?: string;
    aspect_ratio?: StabilityAspectRatio;
    /** Randomness seed; `0` picks a random one. */
    seed?: number;
    /** Encoding of the returned image. */
    output_format?: 'png' | 'jpeg' | 'webp';
}
/** Error body of the Stability v1 routes. */
export interface StabilityV1Error {
    /** Identifier of the failed request, for support. */
    id?: string;
    /** Short error name, e.g. `bad_request`, `not_found`. */
    name: string;
    /** Human-readable explanation. */
    message: string;
}
/** Error body of the Stability v2beta routes. */
export interface StabilityV2Error {
    /** Identifier of the failed request, for support. */
    id?: string;
    /** Short error name, e.g. `bad_request`, `content_moderation`, `payload_too_large`. */
    name: string;
    /** One message per problem found. */
    errors: string[];
}
/** One generated song (Suno makes two per request). */
export interface SunoClip {
    id: string;
    title?: string | null;
    /** Clip status, e.g. `submitted`, `queued`, `streaming`, `complete`, `error`. */
    status?: string;
    audio_url?: string | null;
    video_url?: string | null;
    image_url?: string | null;
    image_large_url?: string | null;
    model_name?: string | null;
    major_model_version?: string | null;
    /** ISO-8601 time. */
    created_at?: string | null;
    is_video_pending?: boolean;
    metadata?: SunoClipMetadata;
}
/** Details of a clip. */
export interface SunoClipMetadata {
    tags?: string | null;
    /** Lyrics. */
    prompt?: string | null;
    gpt_description_prompt?: string | null;
    /** Seconds. */
    duration?: number | null;
    /** e.g. `gen`, `concat`. */
    type?: string | null;
    error_type?: string | null;
    error_message?: string | null;
    concat_history?: {
        [key: string]: unknown;
    }[] | null;
    history?: {
        [key: string]: unknown;
    }[] | null;
}
/** Merge an extended clip with everything it extends into one full song. */
export interface SunoConcatRequest {
    /** The last extended clip. */
    clip_id: string;
}
/** Answer of get music. */
export interface SunoFetchResponse {
    /** 200 on success. */
    code: number;
    data: SunoTask;
    message?: string;
}
/** What to generate. */
export interface SunoGenerateInput {
    /** Lyrics (custom mode). */
    prompt?: string;
    /** Song title (custom mode). */
    title?: string;
    /** Style tags, comma or space separated (custom mode). */
    tags?: string;
    /** Free-text description of the song (description mode). */
    gpt_description_prompt?: string;
    /** No vocals. */
    make_instrumental?: boolean;
    /** Second at which to continue `continue_clip_id` (the template shows it as a string). */
    continue_at?: number | string;
    /** Clip to extend. */
    continue_clip_id?: string;
}
/**
 * Generate songs. `custom_mode: true` = you give lyrics (`input.prompt`), `input.title` and
 * style `input.tags`; `custom_mode: false` = Suno writes everything from
 * `input.gpt_description_prompt`. Set `input.continue_clip_id` + `input.continue_at` to extend
 * an existing clip.
 */
export interface SunoGenerateRequest {
    /** true = lyrics mode, false = description (inspiration) mode. */
    custom_mode: boolean;
    /** Model version; may be implied by the path (`chirp-v3-0` for v3.0, `chirp-v3-5` for v3.5). */
    mv?: string;
    input: SunoGenerateInput;
}
/** Answer of generate and concat; poll the matching get-music operation with `data.task_id`. */
export interface SunoSubmitResponse {
    /** 200 on success. */
    code: number;
    data: {
        task_id: string;
    };
    /** `success`, or the reason of a failure. */
    message?: string;
}
/** A Suno task and its clips. */
export interface SunoTask {
    task_id: string;
    status: SunoTaskStatus;
    /** The request input, as a JSON string. */
    input?: string;
    /** Clips by clip id. */
    clips?: {
        [key: string]: SunoClip;
    };
    metadata?: {
        [key: string]: unknown;
    };
}
/** Task status; `completed` and `failed` are final. */
export type SunoTaskStatus = 'pending' | 'processing' | 'completed' | 'failed';
export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion
         * @description OpenAI-compatible chat endpoint. Send the conversation in `messages` and pick the upstream
         *     with `model`: OpenAI models, `gemini-pro`, a custom GPT (`gpt-4-gizmo-<gizmo id>`, the id
         *     from the GPT's share URL), `gpt-4-all` (reads an image or file URL placed at the start of the
         *     text, and can draw pictures), `gpt-4-vision-preview` (image parts), or `stable-diffusion`
         *     (the prompt goes in as the user message). Image-generating models answer with Markdown
         *     image links in `choices[0].message.content`.
         *
         *     With `stream: true` the answer comes as server-sent events: one `ChatCompletionChunk` per
         *     `data:` line, ending with `data: [DONE]`.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a text completion (legacy)
         * @description OpenAI-compatible legacy completion endpoint for instruct models such as
         *     `gpt-3.5-turbo-instruct`: the model continues `prompt`. Prefer chat completions for chat
         *     models. With `stream: true` the answer comes as server-sent events (`CompletionChunk`
         *     payloads) ending with `data: [DONE]`.
         */
        post: operations["createCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings
         * @description OpenAI-compatible embeddings: returns one vector per input, in input order. Pass several
         *     texts at once as an array. `dimensions` shortens the vectors of the text-embedding-3 models.
         */
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcribe audio
         * @description Speech to text in the language spoken (OpenAI Whisper format). Upload the file as
         *     `multipart/form-data`. The answer depends on `response_format`: `json` (default) and
         *     `verbose_json` (with segments and optional word timestamps) are JSON; `text`, `srt` and
         *     `vtt` are plain text.
         */
        post: operations["createTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Translate audio into English
         * @description Speech in any supported language to English text (OpenAI Whisper format). Upload the file
         *     as `multipart/form-data`. `response_format` works as for transcriptions: `json` /
         *     `verbose_json` answer JSON, `text` / `srt` / `vtt` plain text.
         */
        post: operations["createTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text to speech
         * @description Reads `input` aloud with one of six voices and returns the audio file itself (binary).
         *     `response_format` picks the encoding and so the response media type: `mp3` →
         *     `audio/mpeg` (default), `opus`, `aac`, `flac`, `wav`, or `pcm` (raw 24 kHz 16-bit mono).
         */
        post: operations["createSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images (OpenAI format)
         * @description Creates images from a prompt and answers synchronously with URLs (or base64). The same
         *     endpoint serves DALL·E 3 and, selected by `model`, Flux and Recraft in DALL·E format.
         *     `quality` and `style: vivid|natural` are DALL·E 3 options; Recraft reads `style` as a
         *     Recraft style. Image URLs expire; download what you keep.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/insight-face/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a face-swap task
         * @description Replaces the face in `targetBase64` with the face from `sourceBase64` (InsightFace). Returns a
         *     task id in `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (the task has
         *     `action: SWAP_FACE` and the swapped image in `imageUrl`). Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitSwapFace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a button of a task (upscale, variation, zoom ...)
         * @description Presses one of the `buttons` of a finished task: pass the parent `taskId` and the button's
         *     `customId` (e.g. `MJ::JOB::upsample::1::<hash>` for U1). This creates a new task; poll it with
         *     `GET /mj/task/{id}/fetch`. Some buttons (custom zoom, vary region with remix) put the new task
         *     in `MODAL` status; finish it with `POST /mj/submit/modal`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/blend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Blend task
         * @description Mixes 2 to 5 images (data URIs in `base64Array`) into a new image grid; `dimensions` picks
         *     the ratio. Returns a task id in `result`; poll `GET /mj/task/{id}/fetch`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitBlend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Describe task
         * @description Asks Midjourney for four prompts that describe an image (`base64`, a data URI). Returns a task
         *     id; when the task (`action: DESCRIBE`) succeeds, the prompts are in `promptEn` / `prompt`.
         *     Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/imagine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an Imagine task
         * @description Text (optionally plus reference images in `base64Array`) to a 2×2 image grid. Midjourney
         *     parameters go inside `prompt` (`--ar 16:9`, `--v 6.0`, `--niji` ...). Returns the task id in
         *     `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (grid in `imageUrl`,
         *     follow-ups in `buttons`) or `FAILURE`. Pass `notifyHook` to be called back on every status change. The speed mode can be chosen with `mode` or
         *     a path prefix (see the tag description).
         */
        post: operations["mjSubmitImagine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/modal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task waiting in MODAL status
         * @description Some actions (vary region, custom zoom, remix) stop in `MODAL` status and wait for extra input.
         *     Send that task's id as `taskId`, with a new `prompt` and, for vary region, a `maskBase64`. The
         *     work continues as a new task id in `result`; poll it with `GET /mj/task/{id}/fetch`.
         *     Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitModal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/shorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Shorten task
         * @description Analyses a prompt and proposes shorter versions. Returns a task id; the finished task
         *     (`action: SHORTEN`) lists the suggestions in `description` / `properties` and offers buttons
         *     that run them through `POST /mj/submit/action`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitShorten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all tasks
         * @description Returns every task the relay keeps for your key, without filters or paging. Prefer
         *     `POST /mj/task/list-by-condition` (by ids) or `POST /mj/task/query` (paged) for polling.
         */
        get: operations["mjListTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/list-by-condition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get several tasks by id
         * @description Returns the tasks whose ids are in `ids` (unknown ids are left out). Handy for polling
         *     many tasks in one request. Read-only, so it is safe to retry.
         */
        post: operations["mjListTasksByCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query tasks page by page
         * @description Paged, filtered task search (Spring Data style): `pageNumber` is 0-based, `sort` is
         *     `<field>,asc|desc`, and filters such as `status`, `statusSet`, `action`, `ids` or `prompt`
         *     narrow the result. The tasks are in `content`. Read-only, so it is safe to retry.
         */
        post: operations["mjQueryTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queued and running tasks
         * @description Returns the tasks that are waiting or running right now (an empty array when idle).
         */
        get: operations["mjListQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task
         * @description Cancels a task that has not finished. On success the task's status becomes `CANCEL`.
         *     Cancelling twice is harmless, so the call is marked safe to retry.
         */
        post: operations["mjCancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task by id
         * @description The main polling call: returns the task with its `status`, `progress` ("0%" … "100%"),
         *     `imageUrl` and `buttons`. Poll every few seconds until `status` is `SUCCESS`, `FAILURE`
         *     (see `failReason`) or `CANCEL`. A `MODAL` task waits for `POST /mj/submit/modal`.
         */
        get: operations["mjFetchTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/image-seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the seed of a task's image
         * @description Returns the Midjourney seed of a finished task's image in `result`. Works only when the
         *     relay's Midjourney account has its Midjourney/Niji private-message channel configured.
         */
        get: operations["mjGetImageSeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate music (v3.0)
         * @description Starts a Suno v3.0 (`chirp-v3-0`, songs up to about 2 minutes) generation: lyrics mode
         *     (`custom_mode: true`) or description mode. Returns `data.task_id`; poll
         *     `GET /suno/v1/v3.0/music/{task_id}` until `data.status` is `completed` (audio URLs in
         *     `data.clips`) or `failed`. Extend a clip with `input.continue_clip_id` + `continue_at`, then
         *     merge with `POST /suno/v1/v3.0/music/concat`.
         */
        post: operations["sunoV30CreateMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music (v3.0)
         * @description Polls a Suno v3.0 task. `data.status` goes `pending` → `processing` → `completed`
         *     (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
         *     `video_url`, cover images and metadata. Poll every 5 seconds or so.
         */
        get: operations["sunoV30GetMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music/concat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge an extended clip into a full song (v3.0)
         * @description After extending a clip one or more times, send the last extension's `clip_id` to get one
         *     complete song. Returns `data.task_id`; poll `GET /suno/v1/v3.0/music/{task_id}` like a
         *     generation (the merged clip has `metadata.type: concat`).
         */
        post: operations["sunoV30ConcatMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate music (v3.5)
         * @description Starts a Suno v3.5 (`chirp-v3-5`, songs up to about 4 minutes) generation, same body as
         *     v3.0. Returns `data.task_id`; poll `GET /suno/v1/music/{task_id}` until `data.status` is
         *     `completed` or `failed`.
         */
        post: operations["sunoV35CreateMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/music/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music (v3.5)
         * @description Polls a Suno v3.5 task. `data.status` goes `pending` → `processing` → `completed`
         *     (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
         *     `video_url`, cover images and metadata. Poll every 5 seconds or so.
         */
        get: operations["sunoV35GetMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a video
         * @description Starts a Luma Dream Machine video from `user_prompt`, optionally from a start frame
         *     (`image_url`) and/or to an end frame (`image_end_url`). Answers at once with the
         *     generation object (`state: pending`); poll `GET /luma/generations/{task_id}` with its `id`
         *     until `state` is `completed` (`video.url` set) or `failed`, or pass `notify_hook`.
         */
        post: operations["lumaCreateGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a video generation
         * @description Polls a generation. `state` goes `pending` → `processing` → `completed` (or `failed`);
         *     when completed, `video.url` is the MP4. Poll every 5–10 seconds; a clip usually takes a
         *     few minutes. The documented free-tier and paid-tier "get video" pages both map here.
         */
        get: operations["lumaGetGeneration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations/{task_id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a video
         * @description Continues a finished generation (`task_id`) with a new `user_prompt`. Creates a new
         *     generation; poll `GET /luma/generations/{task_id}` with the new `id`.
         */
        post: operations["lumaExtendGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/ultra": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Image Ultra
         * @description Stability's highest-quality text-to-image model. Send the fields as `multipart/form-data`.
         *     The `accept` header picks the answer: `image/*` (default) returns the image bytes in the
         *     requested `output_format` (with `finish-reason` and `seed` response headers),
         *     `application/json` returns `{image, finish_reason, seed}` with the image base64-encoded.
         *     Synchronous: the image is in the response.
         */
        post: operations["stabilityGenerateUltra"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/core": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Image Core
         * @description Fast, low-cost text-to-image with optional `style_preset`. Same request and answer
         *     conventions as Ultra: `multipart/form-data` in; image bytes (`accept: image/*`, default)
         *     or base64 JSON (`accept: application/json`) out. Synchronous.
         */
        post: operations["stabilityGenerateCore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/sd3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Diffusion 3
         * @description Stable Diffusion 3 (large, large-turbo or medium) as text-to-image or, with
         *     `mode: image-to-image`, transforming an uploaded `image` by `strength`. Send
         *     `multipart/form-data`; the `accept` header picks image bytes (default) or base64 JSON.
         *     Synchronous.
         */
        post: operations["stabilityGenerateSd3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SDXL 1.0 text to image
         * @description Stability v1 text-to-image with the engine fixed to `stable-diffusion-xl-1024-v1-0`.
         *     JSON body with weighted `text_prompts`. With `Accept: application/json` (default) the
         *     answer lists base64 `artifacts`; with `Accept: image/png` it is the PNG itself (only one
         *     sample). Synchronous. For other v1 engines use the `{engine_id}` route.
         */
        post: operations["stabilitySdxlTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v1/generation/{engine_id}/text-to-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text to image with a chosen v1 engine (SDXL, SD 1.6)
         * @description Stability v1 text-to-image on the engine named in the path (`stable-diffusion-xl-1024-v1-0`,
         *     `stable-diffusion-v1-6`, ...). Same body and answers as the fixed SDXL route: JSON
         *     `text_prompts` in; base64 `artifacts` (`Accept: application/json`, default) or PNG bytes
         *     (`Accept: image/png`) out. Synchronous.
         */
        post: operations["stabilityEngineTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/styles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a style from reference images
         * @description Upload one to five reference images (`multipart/form-data`, one `file` part each) and a
         *     base `style`; Recraft extracts a custom style and returns its `id`. Pass that id as
         *     `style_id` to the image generation route.
         */
        post: operations["recraftCreateStyle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description Text to image with Recraft V3 (default) or V2, as raster or vector illustrations. Choose
         *     a base `style` (and `substyle`) or a custom `style_id` from the styles route; `controls`
         *     sets preferred and background colours. The answer lists the images as URLs (valid about
         *     24 hours) or base64 (`response_format: b64_json`). Synchronous.
         */
        post: operations["recraftGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/vectorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vectorize an image
         * @description Converts an uploaded raster image (`multipart/form-data` part `file`, PNG/JPG/WEBP up to
         *     5 MB) into an SVG. The answer holds the SVG's URL (valid about 24 hours) or, with
         *     `response_format: b64_json`, its base64 content. Synchronous.
         */
        post: operations["recraftVectorizeImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/removeBackground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the background of an image
         * @description Cuts the subject out of an uploaded image (`multipart/form-data` part `file`) and returns
         *     a PNG with a transparent background, as a URL (valid about 24 hours) or base64.
         *     Synchronous.
         */
        post: operations["recraftRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/clarityUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image (clarity)
         * @description Raises the resolution and sharpness of an uploaded image (`multipart/form-data` part
         *     `file`) while keeping its content. Returns the result as a URL (valid about 24 hours) or
         *     base64. Synchronous.
         */
        post: operations["recraftClarityUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/generativeUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image (generative)
         * @description Upscales an uploaded image (`multipart/form-data` part `file`) and lets the model add
         *     fine detail (suited to faces and textures). Slower and pricier than the clarity upscale.
         *     Returns the result as a URL (valid about 24 hours) or base64. Synchronous.
         */
        post: operations["recraftGenerativeUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runwayml/v1/image_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image-to-video task
         * @description Animates a start image (HTTPS URL or data URI, or first/last keyframes) into a 5 or 10
         *     second video with Runway Gen-3 Alpha Turbo, guided by an optional `promptText`. Answers
         *     at once with the task `id`; poll `GET /runwayml/v1/tasks/{id}` until the status is
         *     `SUCCEEDED` (video URLs in `output`) or `FAILED`.
         */
        post: operations["runwayCreateImageToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runwayml/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Runway task
         * @description Returns the task's status (`PENDING`, `THROTTLED`, `RUNNING`, `SUCCEEDED`, `FAILED` or
         *     `CANCELLED`), its `progress` as a fraction while running, the video URLs in `output` once
         *     it succeeded, and `failure` when it failed. Poll every few seconds.
         */
        get: operations["runwayGetTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-pro-1.1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX 1.1 [pro] generation
         * @description Text to image with FLUX 1.1 [pro]. Answers at once with a task `id`; poll
         *     `GET /flux/v1/get_result?id=...` until the status is `Ready` (image URL in
         *     `result.sample`, short-lived) or a final failure state.
         */
        post: operations["fluxCreatePro11"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-pro": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX.1 [pro] generation
         * @description Text to image with FLUX.1 [pro], with sampling controls (`steps`, `guidance`,
         *     `interval`). Answers at once with a task `id`; poll `GET /flux/v1/get_result?id=...`
         *     until `Ready`.
         */
        post: operations["fluxCreatePro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-dev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX.1 [dev] generation
         * @description Text to image with FLUX.1 [dev] (`steps`, `guidance` adjustable). Answers at once with a
         *     task `id`; poll `GET /flux/v1/get_result?id=...` until `Ready`.
         */
        post: operations["fluxCreateDev"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/get_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Flux task's result
         * @description Returns the status of a Flux task: `Pending` while it runs, `Ready` with the image URL in
         *     `result.sample` (short-lived; download it), or a final failure: `Request Moderated`,
         *     `Content Moderated`, `Error` or `Task not found`. Poll every second or two.
         */
        get: operations["fluxGetResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description Text to image with Ideogram (strong at rendering text inside images). Put the settings
         *     in `image_request`: `prompt`, `aspect_ratio` or `resolution`, `model`, `style_type`,
         *     `magic_prompt_option`, `num_images` (1–8). Synchronous: the answer lists the image URLs
         *     (valid about 24 hours).
         */
        post: operations["ideogramGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix an image
         * @description Creates new images from an uploaded image and a prompt. Send `multipart/form-data` with
         *     `image_file` and `image_request`, the generation settings plus `image_weight` (1–100, how
         *     much the input image counts) as a JSON text part. Synchronous.
         */
        post: operations["ideogramRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image
         * @description Upscales an uploaded image. Send `multipart/form-data` with `image_file` and
         *     `image_request`, a JSON text part with optional `prompt`, `resemblance` and `detail`
         *     (1–100 each, default 50), `magic_prompt_option`, `num_images` and `seed`. Synchronous.
         */
        post: operations["ideogramUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image
         * @description Returns text descriptions of an uploaded image (`multipart/form-data` part
         *     `image_file`), usable as prompts. Synchronous.
         */
        post: operations["ideogramDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/task-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query an Ideogram web-app generation
         * @description Looks up a generation by `request_id` and returns it in `sampling_requests`:
         *     `completion_percentage` (0–100) and `is_completed` tell the progress; once complete,
         *     `responses[]` lists the images (`image_url`, `response_id` for upscaling). Poll every few
         *     seconds. A read: safe to repeat although it is a POST.
         */
        post: operations["ideogramWebGetTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app text-to-image generation
         * @description Text to image through the Ideogram web app. Answers with a `request_id`; poll
         *     `POST /api/ideogram/task-request` with it until `is_completed` is true. Path and body are
         *     inferred, not seen on the site.
         */
        post: operations["ideogramWebGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app remix
         * @description Creates new images from an input image and a prompt through the Ideogram web app. Answers
         *     with a `request_id`; poll `POST /api/ideogram/task-request`. Path and body are inferred,
         *     not seen on the site.
         */
        post: operations["ideogramWebRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app upscale
         * @description Upscales one image of a finished generation (its `response_id` from the task query)
         *     through the Ideogram web app. Answers with a `request_id`; poll
         *     `POST /api/ideogram/task-request`. Path and body are inferred, not seen on the site.
         */
        post: operations["ideogramWebUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image through the web app
         * @description Returns text descriptions of an image through the Ideogram web app, modelled as
         *     synchronous. Path, body and answer are inferred, not seen on the site.
         */
        post: operations["ideogramWebDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image generation task
         * @description Text to image (optionally guided by a reference `image`) with Kling. Answers at once with
         *     `data.task_id`; poll `GET /kling/v1/images/generations/{task_id}` until `task_status` is
         *     `succeed` (image URLs in `data.task_result.images`) or `failed`.
         */
        post: operations["klingCreateImageGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/images/generations/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image generation task
         * @description Returns an image generation task: `data.task_status` (`submitted`, `processing`,
         *     `succeed`, `failed`), the image URLs in `data.task_result.images` once it succeeded, and
         *     `data.task_status_msg` when it failed. This is the image kind of the single "查询任务" page,
         *     which documents the text-to-video variant.
         */
        get: operations["klingGetImageGenerationTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/text2video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a text-to-video task
         * @description Text to video (5 or 10 s) with Kling, in `std` or `pro` mode, with optional camera
         *     movement. Answers at once with `data.task_id`; poll
         *     `GET /kling/v1/videos/text2video/{task_id}` until `task_status` is `succeed` (video URL
         *     in `data.task_result.videos`) or `failed`.
         */
        post: operations["klingCreateText2Video"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/text2video/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a text-to-video task
         * @description Returns a text-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
         *     `failed`), the video URL in `data.task_result.videos` once it succeeded, and
         *     `data.task_status_msg` when it failed. Image-to-video and image tasks are read from
         *     their own routes of the same shape (`/kling/v1/videos/image2video/{task_id}`,
         *     `/kling/v1/images/generations/{task_id}`).
         */
        get: operations["klingGetText2VideoTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/image2video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image-to-video task
         * @description Animates a start `image` (URL or base64; optional end frame `image_tail`) into a 5 or 10 s
         *     video, optionally with a motion brush (`static_mask`, `dynamic_masks`). Answers at once
         *     with `data.task_id`; poll `GET /kling/v1/videos/image2video/{task_id}` until
         *     `task_status` is `succeed` or `failed`.
         */
        post: operations["klingCreateImage2Video"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/image2video/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image-to-video task
         * @description Returns an image-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
         *     `failed`), the video URL in `data.task_result.videos` once it succeeded, and
         *     `data.task_status_msg` when it failed. This is the image-to-video kind of the single
         *     "查询任务" page, which documents the text-to-video variant.
         */
        get: operations["klingGetImage2VideoTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Output format. `json` and `verbose_json` answer `application/json`; `text`, `srt` and
         *     `vtt` answer `text/plain`.
         * @enum {string}
         */
        AudioResponseFormat: AudioResponseFormat;
        /** @description A timed segment of the text. */
        AudioSegment: AudioSegment;
        /** @description Answer for `response_format=json`. */
        AudioTextResponse: AudioTextResponse;
        /** @description `json` or `verbose_json` answer. */
        AudioTranscriptionResult: AudioTranscriptionResult;
        /** @description Answer for `response_format=verbose_json`. */
        AudioVerboseResponse: AudioVerboseResponse;
        /** @description An earlier answer of the model (also the shape of `choices[].message` in a response). */
        ChatAssistantMessage: ChatAssistantMessage;
        /** @description A complete (non-streamed) chat answer. */
        ChatCompletion: ChatCompletion;
        /** @description One `data:` payload of a streamed chat answer. */
        ChatCompletionChunk: ChatCompletionChunk;
        /** @description Token counts of the request. */
        ChatCompletionUsage: ChatCompletionUsage;
        /** @description One part of a multi-part user message. */
        ChatContentPart: ChatContentPart;
        /** @description An image part (vision models). */
        ChatContentPartImage: ChatContentPartImage;
        /** @description A text part. */
        ChatContentPartText: ChatContentPartText;
        /** @description One message of the conversation, told apart by `role`. */
        ChatMessage: ChatMessage;
        /** @description Force plain text or a JSON object as the answer. */
        ChatResponseFormat: ChatResponseFormat;
        /** @description Options for streamed answers. */
        ChatStreamOptions: ChatStreamOptions;
        /** @description Instructions that frame the conversation. */
        ChatSystemMessage: ChatSystemMessage;
        /** @description A function the model may call. */
        ChatTool: ChatTool;
        /** @description A function call requested by the model. */
        ChatToolCall: ChatToolCall;
        /** @description `none`, `auto`, `required`, or a specific function. */
        ChatToolChoice: ChatToolChoice;
        /** @description The result of a tool call, sent back to the model. */
        ChatToolMessage: ChatToolMessage;
        /** @description Plain text, or an ordered array of text and image parts. */
        ChatUserContent: ChatUserContent;
        /**
         * @description A user turn. `content` is a string or an array of parts; image parts (`image_url`) need a
         *     vision model. With `gpt-4-all` an image or file URL may also be put at the start of the
         *     text, separated from the question by a space.
         */
        ChatUserMessage: ChatUserMessage;
        /** @description A complete (non-streamed) text completion. */
        Completion: Completion;
        CompletionChoice: CompletionChoice;
        /** @description One `data:` payload of a streamed completion (`finish_reason` is null until the last one). */
        CompletionChunk: CompletionChunk;
        /**
         * @description OpenAI chat-completion request. The model string selects the upstream: OpenAI models,
         *     `gemini-pro`, custom GPTs (`gpt-4-gizmo-<gizmo id>`), `gpt-4-all`, `stable-diffusion` ...
         */
        CreateChatCompletionRequest: CreateChatCompletionRequest;
        /** @description Legacy completion request (instruct models). */
        CreateCompletionRequest: CreateCompletionRequest;
        /** @description Text (or tokens) to turn into vectors. */
        CreateEmbeddingRequest: CreateEmbeddingRequest;
        CreateEmbeddingResponse: CreateEmbeddingResponse;
        /**
         * @description OpenAI image-generation request. `model` picks the upstream: `dall-e-3` / `dall-e-2`,
         *     Flux models (`flux`, `flux-dev`, `flux-pro`, `flux-1.1-pro` ...), or Recraft
         *     (`recraftv3`, `recraftv2`). Which fields an upstream honours varies; see each field.
         */
        CreateImageRequest: CreateImageRequest;
        /** @description Text to read aloud. */
        CreateSpeechRequest: CreateSpeechRequest;
        /** @description Multipart form for speech-to-text in the spoken language. */
        CreateTranscriptionRequest: CreateTranscriptionRequest;
        /** @description Multipart form for speech-to-English translation. */
        CreateTranslationRequest: CreateTranslationRequest;
        /** @description One vector, in input order. */
        Embedding: Embedding;
        /**
         * @description The OpenAI-style error envelope the relay returns on `/v1/...` routes (and, as far as
         *     the catalog knows, on most other routes) when a request fails.
         */
        ErrorEnvelope: ErrorEnvelope;
        /** @description Body of a FLUX.1 [dev] generation (FLUX 1.1 [pro]'s fields plus `steps` and `guidance`). */
        FluxDevRequest: FluxDevRequest;
        FluxGetResultResponse: FluxGetResultResponse;
        /** @description Body of a FLUX 1.1 [pro] generation. */
        FluxPro11Request: FluxPro11Request;
        /** @description Body of a FLUX.1 [pro] generation (FLUX 1.1 [pro]'s fields plus sampling controls). */
        FluxProRequest: FluxProRequest;
        /** @description The finished image. */
        FluxResult: FluxResult;
        FluxSubmitResponse: FluxSubmitResponse;
        /**
         * @description Aspect ratio of the image; do not combine with `resolution`.
         * @enum {string}
         */
        IdeogramAspectRatio: IdeogramAspectRatio;
        /** @description A preset palette by `name`, or explicit `members` colours (V_2 and later only). */
        IdeogramColorPalette: IdeogramColorPalette;
        /** @description Form fields of a describe. */
        IdeogramDescribeRequest: IdeogramDescribeRequest;
        IdeogramDescribeResponse: IdeogramDescribeResponse;
        IdeogramGenerateRequest: IdeogramGenerateRequest;
        IdeogramImage: IdeogramImage;
        /** @description Generation settings (the `image_request` object). */
        IdeogramImageRequest: IdeogramImageRequest;
        IdeogramImagesResponse: IdeogramImagesResponse;
        /**
         * @description Whether Ideogram may rewrite the prompt ("magic prompt").
         * @enum {string}
         */
        IdeogramMagicPromptOption: IdeogramMagicPromptOption;
        /**
         * @description Ideogram model version.
         * @enum {string}
         */
        IdeogramModel: IdeogramModel;
        /** @description Remix settings, i.e. the generation settings plus how strongly the input image counts. */
        IdeogramRemixImageRequest: IdeogramRemixImageRequest;
        /** @description Form fields of a remix. */
        IdeogramRemixRequest: IdeogramRemixRequest;
        /**
         * @description Style of the image (V_2 and later only).
         * @enum {string}
         */
        IdeogramStyleType: IdeogramStyleType;
        /** @description Upscale settings. */
        IdeogramUpscaleImageRequest: IdeogramUpscaleImageRequest;
        /** @description Form fields of an upscale. */
        IdeogramUpscaleRequest: IdeogramUpscaleRequest;
        /** @description Image to describe, inferred. */
        IdeogramWebDescribeRequest: IdeogramWebDescribeRequest;
        /** @description Descriptions of the image, inferred. */
        IdeogramWebDescribeResponse: IdeogramWebDescribeResponse;
        /** @description Text-to-image settings, after the Ideogram web app's own sampling request. */
        IdeogramWebGenerateRequest: IdeogramWebGenerateRequest;
        /** @description Remix settings, inferred. */
        IdeogramWebRemixRequest: IdeogramWebRemixRequest;
        /** @description One image of a generation request. */
        IdeogramWebResponseImage: IdeogramWebResponseImage;
        /** @description One generation request and its progress. */
        IdeogramWebSamplingRequest: IdeogramWebSamplingRequest;
        /** @description Answer of a web-app submit, inferred; poll `request_id` with the task query. */
        IdeogramWebSubmitResponse: IdeogramWebSubmitResponse;
        IdeogramWebTaskRequest: IdeogramWebTaskRequest;
        IdeogramWebTaskResponse: IdeogramWebTaskResponse;
        /** @description Upscale settings, inferred. */
        IdeogramWebUpscaleRequest: IdeogramWebUpscaleRequest;
        /** @description The Ideogram account that owns the generation. */
        IdeogramWebUser: IdeogramWebUser;
        /** @description One generated image (`url` or `b64_json`, as asked). */
        Image: Image;
        /** @description Generated images. */
        ImagesResponse: ImagesResponse;
        /** @description Camera movement. `simple` takes exactly one non-zero value in `config`; the other types are presets without `config`. */
        KlingCameraControl: KlingCameraControl;
        /** @description A region to move (motion brush) and its path. */
        KlingDynamicMask: KlingDynamicMask;
        /** @description Kling's error answer, i.e. the usual envelope with a non-zero `code`. */
        KlingErrorResponse: KlingErrorResponse;
        KlingImage: KlingImage;
        KlingImage2VideoRequest: KlingImage2VideoRequest;
        KlingImageGenerationRequest: KlingImageGenerationRequest;
        /** @description Kling model, e.g. `kling-v1` (default) or `kling-v1-5`. */
        KlingModelName: KlingModelName;
        KlingSubmitResponse: KlingSubmitResponse;
        KlingTaskResponse: KlingTaskResponse;
        /** @description `videos` for video tasks, `images` for image tasks. */
        KlingTaskResult: KlingTaskResult;
        /**
         * @description `succeed` (sic) means finished; `failed` comes with `task_status_msg`.
         * @enum {string}
         */
        KlingTaskStatus: KlingTaskStatus;
        KlingText2VideoRequest: KlingText2VideoRequest;
        KlingVideo: KlingVideo;
        /** @description Continue a finished video. */
        LumaExtendRequest: LumaExtendRequest;
        /** @description Text (and optional start/end frames) to a short video. */
        LumaGenerateRequest: LumaGenerateRequest;
        /** @description A video generation (answer of generate, extend and get). */
        LumaGeneration: LumaGeneration;
        /**
         * @description Generation state; `completed` and `failed` are final (newer Luma also reports `queued` and `dreaming`).
         * @enum {string}
         */
        LumaState: LumaState;
        /** @description The rendered video. */
        LumaVideo: LumaVideo;
        /** @description Restricts which Discord account (instance) may run the job (midjourney-proxy-plus). */
        MjAccountFilter: MjAccountFilter;
        /** @description Press a button of a finished task. */
        MjActionRequest: MjActionRequest;
        /** @description Blend 2–5 images into one. */
        MjBlendRequest: MjBlendRequest;
        /**
         * @description Which Discord bot runs the job.
         * @enum {string}
         */
        MjBotType: MjBotType;
        /** @description A button under a finished image; run it with `/mj/submit/action` and its `customId`. */
        MjButton: MjButton;
        /** @description Ask for four prompts that describe an image. */
        MjDescribeRequest: MjDescribeRequest;
        /** @description The seed of a finished task's image. */
        MjImageSeedResult: MjImageSeedResult;
        /** @description Text (and optional reference images) to an image grid. */
        MjImagineRequest: MjImagineRequest;
        /** @description The ids to look up. */
        MjListByConditionRequest: MjListByConditionRequest;
        /** @description Complete a task waiting in `MODAL` status (vary region, custom zoom, remix). */
        MjModalRequest: MjModalRequest;
        /**
         * @description Speed mode for this job (relay extension). Same effect as the `/mj-fast`, `/mj-turbo`,
         *     `/mj-relax` path prefixes; a mode fixed on the key wins over both.
         * @enum {string}
         */
        MjMode: MjMode;
        /** @description Filters and paging for `/mj/task/query`. All fields optional. */
        MjQueryRequest: MjQueryRequest;
        /** @description Analyse a prompt and suggest shorter versions. */
        MjShortenRequest: MjShortenRequest;
        /** @description Spring Data sort state. */
        MjSort: MjSort;
        /**
         * @description Answer of every submit. HTTP is 200 even when the submit was refused: check `code`.
         *     `1` = submitted (`result` is the new task id), `22` = accepted and queued (also a task id).
         *     Other codes are failures; midjourney-proxy uses `21` task already exists (`result` = that
         *     task), `23` queue full, `24` prompt contains a banned word (`properties.bannedWord`).
         */
        MjSubmitResult: MjSubmitResult;
        /** @description InsightFace face swap. */
        MjSwapFaceRequest: MjSwapFaceRequest;
        /**
         * @description A Midjourney job as returned by fetch/list/queue and pushed to `notifyHook`. Poll until
         *     `status` is `SUCCESS` (`progress` "100%", `imageUrl` set) or `FAILURE` (`failReason`).
         */
        MjTask: MjTask;
        /**
         * @description Kind of job.
         * @enum {string}
         */
        MjTaskAction: MjTaskAction;
        /** @description Several tasks. */
        MjTaskList: MjTaskList;
        /** @description One page of tasks (Spring Data page; `number` is 0-based). */
        MjTaskPage: MjTaskPage;
        /**
         * @description `NOT_START` / `SUBMITTED` (queued), `IN_PROGRESS`, `MODAL` (waiting for `/mj/submit/modal`),
         *     `SUCCESS`, `FAILURE` (see `failReason`), `CANCEL`.
         * @enum {string}
         */
        MjTaskStatus: MjTaskStatus;
        /**
         * @description Base visual style a custom style is built on.
         * @enum {string}
         */
        RecraftBaseStyle: RecraftBaseStyle;
        /** @description Extra controls for a generation. */
        RecraftControls: RecraftControls;
        /** @description Form fields of a style creation. Each reference image is sent as its own `file` part. */
        RecraftCreateStyleRequest: RecraftCreateStyleRequest;
        RecraftCreateStyleResponse: RecraftCreateStyleResponse;
        RecraftGenerateImageRequest: RecraftGenerateImageRequest;
        /** @description One generated image; `url` (valid about 24 hours) or `b64_json`, following `response_format`. */
        RecraftImage: RecraftImage;
        /** @description Form fields of an operation on one uploaded image. */
        RecraftImageFileRequest: RecraftImageFileRequest;
        RecraftImageFileResponse: RecraftImageFileResponse;
        RecraftImagesResponse: RecraftImagesResponse;
        /** @description A colour as `[r, g, b]`, each 0–255. */
        RecraftRgb: RecraftRgb;
        /** @description A text to place on the image (recraftv3 only) and its bounding box as four relative corner points. */
        RecraftTextLayoutItem: RecraftTextLayoutItem;
        /**
         * @description Error body on the relay's task routes (`/mj`, `/suno`, `/luma`, ...). No page of the site
         *     shows it; it is assumed to be the same OpenAI-style envelope the relay uses on `/v1/...`.
         */
        RelayErrorEnvelope: RelayErrorEnvelope;
        RunwayImageToVideoRequest: RunwayImageToVideoRequest;
        /** @description A keyframe image and where it sits in the video. */
        RunwayPromptImage: RunwayPromptImage;
        RunwayTask: RunwayTask;
        RunwayTaskCreated: RunwayTaskCreated;
        StabilityArtifact: StabilityArtifact;
        /** @description The answer of a v1 generation when `Accept` is `application/json`. */
        StabilityArtifactsResponse: StabilityArtifactsResponse;
        /**
         * @description Output aspect ratio (text-to-image only).
         * @enum {string}
         */
        StabilityAspectRatio: StabilityAspectRatio;
        /** @description Form fields of a Stable Image Core generation (Ultra's fields plus `style_preset`). */
        StabilityCoreRequest: StabilityCoreRequest;
        /** @description The answer of a v2beta generation when the request's `accept` header is `application/json`. */
        StabilityImageResponse: StabilityImageResponse;
        /**
         * @description Form fields of a Stable Diffusion 3 generation. `mode: image-to-image` needs `image` and
         *     `strength` and ignores `aspect_ratio`.
         */
        StabilitySd3Request: StabilitySd3Request;
        /**
         * @description Body of a v1 text-to-image generation. SDXL 1.0 accepts only the sizes 1024x1024, 1152x896,
         *     896x1152, 1216x832, 832x1216, 1344x768, 768x1344, 1536x640 and 640x1536; SD 1.6 takes
         *     320–1536 px per side in steps of 64.
         */
        StabilitySdxlRequest: StabilitySdxlRequest;
        /**
         * @description Guides the image towards a particular style.
         * @enum {string}
         */
        StabilityStylePreset: StabilityStylePreset;
        StabilityTextPrompt: StabilityTextPrompt;
        /** @description Form fields of a Stable Image Ultra generation. */
        StabilityUltraRequest: StabilityUltraRequest;
        /** @description Error body of the Stability v1 routes. */
        StabilityV1Error: StabilityV1Error;
        /** @description Error body of the Stability v2beta routes. */
        StabilityV2Error: StabilityV2Error;
        /** @description One generated song (Suno makes two per request). */
        SunoClip: SunoClip;
        /** @description Details of a clip. */
        SunoClipMetadata: SunoClipMetadata;
        /** @description Merge an extended clip with everything it extends into one full song. */
        SunoConcatRequest: SunoConcatRequest;
        /** @description Answer of get music. */
        SunoFetchResponse: SunoFetchResponse;
        /** @description What to generate. */
        SunoGenerateInput: SunoGenerateInput;
        /**
         * @description Generate songs. `custom_mode: true` = you give lyrics (`input.prompt`), `input.title` and
         *     style `input.tags`; `custom_mode: false` = Suno writes everything from
         *     `input.gpt_description_prompt`. Set `input.continue_clip_id` + `input.continue_at` to extend
         *     an existing clip.
         */
        SunoGenerateRequest: SunoGenerateRequest;
        /** @description Answer of generate and concat; poll the matching get-music operation with `data.task_id`. */
        SunoSubmitResponse: SunoSubmitResponse;
        /** @description A Suno task and its clips. */
        SunoTask: SunoTask;
        /**
         * @description Task status; `completed` and `failed` are final.
         * @enum {string}
         */
        SunoTaskStatus: SunoTaskStatus;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /**
             * @description The answer: a `ChatCompletion` object, or (with `stream: true`) a server-sent event
             *     stream of `ChatCompletionChunk` payloads ending with `data: [DONE]`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompletionRequest"];
            };
        };
        responses: {
            /**
             * @description The completion: a `Completion` object, or (with `stream: true`) a server-sent event
             *     stream of `CompletionChunk` payloads ending with `data: [DONE]`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completion"];
                    "text/event-stream": string;
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"];
            };
        };
        responses: {
            /** @description The vectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranscriptionRequest"];
            };
        };
        responses: {
            /** @description The text, in the format asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioTranscriptionResult"];
                    "text/plain": string;
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranslationRequest"];
            };
        };
        responses: {
            /** @description The English text, in the format asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioTranscriptionResult"];
                    "text/plain": string;
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeechRequest"];
            };
        };
        responses: {
            /** @description The audio file, encoded as asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                    "audio/opus": string;
                    "audio/aac": string;
                    "audio/flac": string;
                    "audio/wav": string;
                    "audio/pcm": string;
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key may not use this model or route, or its quota is used up. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown model, route or task. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitSwapFace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjSwapFaceRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjActionRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitBlend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjBlendRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjDescribeRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitImagine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjImagineRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitModal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjModalRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjSubmitShorten: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjShortenRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjListTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjListTasksByCondition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjListByConditionRequest"];
            };
        };
        responses: {
            /** @description The tasks found, as an array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjQueryTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjQueryRequest"];
            };
        };
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskPage"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjListQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued and running tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjCancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel outcome; `code` 1 means the task was cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjFetchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTask"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    mjGetImageSeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjImageSeedResult"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    sunoV30CreateMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/v3.0/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    sunoV30GetMusic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `data.task_id` returned by generate or concat. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its clips. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoFetchResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    sunoV30ConcatMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoConcatRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/v3.0/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    sunoV35CreateMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    sunoV35GetMusic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `data.task_id` returned by generate or concat. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its clips. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoFetchResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    lumaCreateGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LumaGenerateRequest"];
            };
        };
        responses: {
            /** @description The new generation, usually `state: pending`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    lumaGetGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The generation `id` returned by generate or extend. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    lumaExtendGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The finished generation to extend. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LumaExtendRequest"];
            };
        };
        responses: {
            /** @description The new (extending) generation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    stabilityGenerateUltra: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilityUltraRequest"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilityGenerateCore: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilityCoreRequest"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilityGenerateSd3: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilitySd3Request"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request (with its start image) is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilitySdxlTextToImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `application/json` for base64 artifacts, `image/png` for the PNG bytes. */
                Accept?: "application/json" | "image/png";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StabilitySdxlRequest"];
            };
        };
        responses: {
            /** @description The generated images (JSON artifacts or PNG bytes, following the `Accept` header). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityArtifactsResponse"];
                    "image/png": string;
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown engine. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
        };
    };
    stabilityEngineTextToImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `application/json` for base64 artifacts, `image/png` for the PNG bytes. */
                Accept?: "application/json" | "image/png";
            };
            path: {
                /** @description The v1 engine to run. */
                engine_id: "stable-diffusion-xl-1024-v1-0" | "stable-diffusion-v1-6" | "stable-diffusion-xl-beta-v2-2-2";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StabilitySdxlRequest"];
            };
        };
        responses: {
            /** @description The generated images (JSON artifacts or PNG bytes, following the `Accept` header). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityArtifactsResponse"];
                    "image/png": string;
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown engine. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
        };
    };
    recraftCreateStyle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftCreateStyleRequest"];
            };
        };
        responses: {
            /** @description The new style. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftCreateStyleResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    recraftGenerateImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecraftGenerateImageRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImagesResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    recraftVectorizeImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The SVG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    recraftRemoveBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The cut-out PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    recraftClarityUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The upscaled image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    recraftGenerativeUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The upscaled image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    runwayCreateImageToVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Runway API version. Required by Runway itself; the relay may set it for you. */
                "X-Runway-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunwayImageToVideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayTaskCreated"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    runwayGetTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Runway API version. Required by Runway itself; the relay may set it for you. */
                "X-Runway-Version"?: string;
            };
            path: {
                /** @description Task id returned by the submit route. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayTask"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    fluxCreatePro11: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxPro11Request"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    fluxCreatePro: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxProRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    fluxCreateDev: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxDevRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    fluxGetResult: {
        parameters: {
            query: {
                /** @description Task id returned by a submit route. */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's status and, once ready, its result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxGetResultResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramGenerateRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramRemix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramRemixRequest"];
            };
        };
        responses: {
            /** @description The remixed images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramUpscaleRequest"];
            };
        };
        responses: {
            /** @description The upscaled images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramDescribeRequest"];
            };
        };
        responses: {
            /** @description The descriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramDescribeResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramWebGetTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra token shown on the page in addition to the Bearer key; its purpose is not documented. */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebTaskRequest"];
            };
        };
        responses: {
            /** @description The generation request and its images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebTaskResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Unknown task id or route (task routes). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramWebGenerate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra token the task query page shows; assumed to apply here too. */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebGenerateRequest"];
            };
        };
        responses: {
            /** @description The generation request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramWebRemix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra token the task query page shows; assumed to apply here too. */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebRemixRequest"];
            };
        };
        responses: {
            /** @description The remix request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramWebUpscale: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra token the task query page shows; assumed to apply here too. */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebUpscaleRequest"];
            };
        };
        responses: {
            /** @description The upscale request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    ideogramWebDescribe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Extra token the task query page shows; assumed to apply here too. */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebDescribeRequest"];
            };
        };
        responses: {
            /** @description The descriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebDescribeResponse"];
                };
            };
            /** @description The request is malformed or a parameter is invalid (task routes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The key may not use this route, or its quota is used up (task routes). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many requests; retry after a pause (task routes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description The relay or the upstream provider failed (task routes). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
        };
    };
    klingCreateImageGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingImageGenerationRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetImageGenerationTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id returned by the image generation route. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingCreateText2Video: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingText2VideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetText2VideoTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id returned by the text-to-video route. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingCreateImage2Video: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingImage2VideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetImage2VideoTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id returned by the image-to-video route. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            /** @description The relay key is missing or invalid (task routes). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayErrorEnvelope"];
                };
            };
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
}
