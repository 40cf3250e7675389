import { type APIPromise, APIResource, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions } from '../core/index.js';
import { type AudioSpeechCreateParams, type AudioTranscriptionsCreateParams, type AudioTranscriptionsCreateResponse, type AudioTranslationsCreateParams, type AudioTranslationsCreateResponse } from '../operations/audio.js';
/**
 * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
 * text (`/v1/audio/translations`), both multipart uploads, and text to speech
 * (`/v1/audio/speech`), which answers with the audio file itself.
 */
export declare class Audio extends APIResource {
    /**
   * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
   * text (`/v1/audio/translations`), both multipart uploads, and text to speech
   * (`/v1/audio/speech`), which answers with the audio file itself.
   */
    readonly speech: AudioSpeech;
    /**
   * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
   * text (`/v1/audio/translations`), both multipart uploads, and text to speech
   * (`/v1/audio/speech`), which answers with the audio file itself.
   */
    readonly transcriptions: AudioTranscriptions;
    /**
   * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
   * text (`/v1/audio/translations`), both multipart uploads, and text to speech
   * (`/v1/audio/speech`), which answers with the audio file itself.
   */
    readonly translations: AudioTranslations;
}
/**
 * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
 * text (`/v1/audio/translations`), both multipart uploads, and text to speech
 * (`/v1/audio/speech`), which answers with the audio file itself.
 */
export declare class AudioSpeech extends APIResource {
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
    create<A extends BinaryAs = 'blob'>(params: AudioSpeechCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
}
/**
 * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
 * text (`/v1/audio/translations`), both multipart uploads, and text to speech
 * (`/v1/audio/speech`), which answers with the audio file itself.
 */
export declare class AudioTranscriptions extends APIResource {
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
    create(params: AudioTranscriptionsCreateParams, options?: RequestOptions): APIPromise<AudioTranscriptionsCreateResponse>;
}
/**
 * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
 * text (`/v1/audio/translations`), both multipart uploads, and text to speech
 * (`/v1/audio/speech`), which answers with the audio file itself.
 */
export declare class AudioTranslations extends APIResource {
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
    create(params: AudioTranslationsCreateParams, options?: RequestOptions): APIPromise<AudioTranslationsCreateResponse>;
}
