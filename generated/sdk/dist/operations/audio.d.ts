import { type APIPromise, type BaseClient, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.audio.transcriptions.create()` (createTranscription). */
export type AudioTranscriptionsCreateParams = Omit<components['schemas']['CreateTranscriptionRequest'], 'file'> & { /** The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB. */ file: Uploadable; };
/** Success body of `client.audio.transcriptions.create()` (createTranscription). */
export type AudioTranscriptionsCreateResponse = components['schemas']['AudioTranscriptionResult'] | string;
/** Error bodies of `client.audio.transcriptions.create()`: read them from `APIError<AudioTranscriptionsCreateErrorBody>`'s `error`. */
export type AudioTranscriptionsCreateErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Transcribe audio
 *
 * Speech to text in the language spoken (OpenAI Whisper format). Upload the file as
 * `multipart/form-data`. The answer depends on `response_format`: `json` (default) and
 * `verbose_json` (with segments and optional word timestamps) are JSON; `text`, `srt` and
 * `vtt` are plain text.
 *
 * `POST /v1/audio/transcriptions` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `AudioTranscriptionsCreateResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.audio.transcriptions.create({
 *   file: fs.createReadStream('file.bin'),
 *   model: 'whisper-1',
 *   language: 'zh',
 *   response_format: 'json',
 * });
 * ```
 * @see E28 创建转录 (Create transcription)
 */
export declare function audioTranscriptionsCreate(client: BaseClient, params: AudioTranscriptionsCreateParams, options?: RequestOptions): APIPromise<AudioTranscriptionsCreateResponse>;
/** Parameters of `client.audio.translations.create()` (createTranslation). */
export type AudioTranslationsCreateParams = Omit<components['schemas']['CreateTranslationRequest'], 'file'> & { /** The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB. */ file: Uploadable; };
/** Success body of `client.audio.translations.create()` (createTranslation). */
export type AudioTranslationsCreateResponse = components['schemas']['AudioTranscriptionResult'] | string;
/** Error bodies of `client.audio.translations.create()`: read them from `APIError<AudioTranslationsCreateErrorBody>`'s `error`. */
export type AudioTranslationsCreateErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Translate audio into English
 *
 * Speech in any supported language to English text (OpenAI Whisper format). Upload the file
 * as `multipart/form-data`. `response_format` works as for transcriptions: `json` /
 * `verbose_json` answer JSON, `text` / `srt` / `vtt` plain text.
 *
 * `POST /v1/audio/translations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `AudioTranslationsCreateResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.audio.translations.create({
 *   file: fs.createReadStream('file.bin'),
 *   model: 'whisper-1',
 *   response_format: 'json',
 * });
 * ```
 * @see E29 创建翻译 (Create translation (to English))
 */
export declare function audioTranslationsCreate(client: BaseClient, params: AudioTranslationsCreateParams, options?: RequestOptions): APIPromise<AudioTranslationsCreateResponse>;
/** Parameters of `client.audio.speech.create()` (createSpeech). */
export type AudioSpeechCreateParams = components['schemas']['CreateSpeechRequest'];
/** Error bodies of `client.audio.speech.create()`: read them from `APIError<AudioSpeechCreateErrorBody>`'s `error`. */
export type AudioSpeechCreateErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Text to speech
 *
 * Reads `input` aloud with one of six voices and returns the audio file itself (binary).
 * `response_format` picks the encoding and so the response media type: `mp3` →
 * `audio/mpeg` (default), `opus`, `aac`, `flac`, `wav`, or `pcm` (raw 24 kHz 16-bit mono).
 *
 * `POST /v1/audio/speech` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.
 * @example
 * ```ts
 * const blob = await client.audio.speech.create({
 *   model: 'tts-1',
 *   input: '今天天气很好,我们去公园散步吧。',
 *   voice: 'alloy',
 * });
 * const bytes = new Uint8Array(await blob.arrayBuffer());
 * ```
 * @see E30 TTS文本转语音 (Text to speech)
 */
export declare function audioSpeechCreate<A extends BinaryAs = 'blob'>(client: BaseClient, params: AudioSpeechCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
