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
export function audioTranscriptionsCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/v1/audio/transcriptions',
        operationId: 'createTranscription',
        body: { kind: 'multipart', mediaType: 'multipart/form-data', value: params, partTypes: { file: 'audio/*' } },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'auto',
        accept: 'application/json, text/plain',
    }, options);
}
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
export function audioTranslationsCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/v1/audio/translations',
        operationId: 'createTranslation',
        body: { kind: 'multipart', mediaType: 'multipart/form-data', value: params, partTypes: { file: 'audio/*' } },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'auto',
        accept: 'application/json, text/plain',
    }, options);
}
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
export function audioSpeechCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/v1/audio/speech',
        operationId: 'createSpeech',
        body: { kind: 'json', mediaType: 'application/json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'blob',
        accept: 'audio/mpeg, audio/opus, audio/aac, audio/flac, audio/wav, audio/pcm',
    }, options);
}
